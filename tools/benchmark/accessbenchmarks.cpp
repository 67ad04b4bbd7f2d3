// IIS access logs: their load rate beside httperr's (bytes per second, the same loader), and the
// evidence for every spike window of a day of them.

#include "accessloggenerator.h"
#include "benchmark.h"
#include "benchmarkdata.h"

#include "directloader.h"
#include "spikeevidence.h"

#include <QFile>
#include <QFileInfo>

namespace {
QString accessLogFile(const BenchmarkContext &context)
{
    const QString path =
        context.data->dir() + QStringLiteral("/u_ex-%1-lines.log").arg(context.rows);
    const QString done = path + QStringLiteral(".done");
    if (!QFile::exists(done)) {
        AccessLogGenerator generator(context.rows);
        if (!generator.writeFile(path, context.rows))
            qFatal("cannot write %s", qPrintable(path));
        QFile(done).open(QIODevice::WriteOnly);
    }
    return path;
}

// Loads `path` `runs` times; the median bytes per second.
double loadRate(const QString &path, int runs, size_t *rows, bool requests)
{
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    std::vector<double> rates;
    for (int i = 0; i < runs; ++i) {
        const double start = nowSeconds();
        DirectLoader::Result result;
        DirectLoader::load({path}, result);
        rates.push_back(megabytes / (nowSeconds() - start));
        *rows = requests ? result.requests.rowCount() : result.store.rowCount();
    }
    return median(rates);
}
} // namespace

HTTPERR_FILE_BENCHMARK(access_logs)
{
    const QString access = accessLogFile(context);
    const QString httperr = context.data->bigFile(context.rows);
    size_t accessRows = 0;
    size_t httperrRows = 0;
    // Alternate, so a busy moment of the machine does not fall on one kind only.
    const double httperrRate = loadRate(httperr, context.repeats, &httperrRows, false);
    const double accessRate = loadRate(access, context.repeats, &accessRows, true);
    report(context, QStringLiteral("httperr load rate"), httperrRate, "MB/s",
           QStringLiteral("%1 rows").arg(httperrRows));
    report(context, QStringLiteral("access-log load rate"), accessRate, "MB/s",
           QStringLiteral("%1 rows, %2 MB")
               .arg(accessRows)
               .arg(double(QFileInfo(access).size()) / 1e6, 0, 'f', 1));
    report(context, QStringLiteral("access-log rate / httperr rate"), accessRate / httperrRate, "x",
           QStringLiteral("target >= 0.67 (within 1.5x)"));

    DirectLoader::Result loaded;
    DirectLoader::load({access}, loaded);
    // A spike window of a minute every quarter of an hour: 96 windows over the day.
    std::vector<std::pair<int64_t, int64_t>> windows;
    for (int64_t t = AccessLogGenerator::DayStart; t < AccessLogGenerator::DayStart + 86400;
         t += 900)
        windows.emplace_back(t + 300, t + 359);
    uint64_t slow = 0;
    const double ms =
        medianMs([] {},
                 [&] {
                     slow = 0;
                     for (const auto &w : windows)
                         slow +=
                             SpikeEvidence::compute(loaded.requests, w.first, w.second, 110).slow;
                 },
                 context.repeats);
    report(context, QStringLiteral("evidence for 96 spike windows of a day"), ms, "ms",
           QStringLiteral("%1 access-log rows, %2 slow requests found; target <= 100 ms")
               .arg(loaded.requests.rowCount())
               .arg(slow));
}
