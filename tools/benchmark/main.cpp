// httperr-benchmark: prints how fast HttpErr Viewer loads, shows, filters and sorts logs, one
// figure per line. Not run by CTest: timings depend on the machine and on what else runs on it.
// Usage: httperr-benchmark [--repeat N] [--data DIR] [--trace-events MS] [ROWS...] [NAME...]
//   ROWS: data sizes (default 1000000 10000000); NAME: run only benchmarks whose name contains it.
// File benchmarks (loading, --summary, the window, lnav) generate log files into DIR first and
// keep them; the others work on a table filled with generated rows in memory.
#include "benchmark.h"
#include "benchmarkdata.h"
#include "generateddata.h"
#include "systemstats.h"
#include "tracingapplication.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

namespace {
QString label(size_t rows)
{
    if (rows % 1000000 == 0)
        return QStringLiteral("%1M").arg(rows / 1000000);
    if (rows % 1000 == 0)
        return QStringLiteral("%1k").arg(rows / 1000);
    return QString::number(rows);
}

bool selected(const Benchmark &b, const QStringList &names)
{
    const QString name = QString::fromLatin1(b.name);
    return names.isEmpty() || std::any_of(names.begin(), names.end(), [&](const QString &n) {
               return name.contains(n);
           });
}

void run(Benchmark &b, BenchmarkContext &context)
{
    std::printf("## %s, %s rows (load average %.2f)\n", b.name, qPrintable(context.size),
                SystemStats::loadAverage());
    std::fflush(stdout);
    b.run(context);
}
} // namespace

namespace {
// The offscreen platform warns about every top-level window it cannot size by hints: noise
// between the figures.
QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    // The window benchmarks draw offscreen, so no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    previousHandler = qInstallMessageHandler(quietHandler);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Performance figures of HttpErr Viewer."));
    parser.addHelpOption();
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the benchmarks."));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Runs per timing of the file benchmarks."),
                                    QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption dataDir(
        QStringLiteral("data"), QStringLiteral("Folder for the generated logs, kept between runs."),
        QStringLiteral("dir"), QDir::tempPath() + QStringLiteral("/httperr-benchmark-data"));
    const QCommandLineOption trace(
        QStringLiteral("trace-events"),
        QStringLiteral("Print each event that kept the event loop busy at least ms long "
                       "(to stderr): where a stall came from."),
        QStringLiteral("ms"));
    parser.addOptions({list, repeat, dataDir, trace});
    parser.addPositionalArgument(QStringLiteral("rows|name"),
                                 QStringLiteral("Data sizes in rows, and benchmark names."));
    parser.process(app);
    app.setThresholdMs(parser.value(trace).toDouble());
    if (parser.isSet(list)) {
        for (const Benchmark &b : benchmarks())
            std::printf("%s\n", b.name);
        return 0;
    }
    std::vector<size_t> sizes;
    QStringList names;
    for (const QString &arg : parser.positionalArguments()) {
        bool number = false;
        const qulonglong n = arg.toULongLong(&number);
        if (number && n > 0)
            sizes.push_back(size_t(n));
        else
            names << arg;
    }
    if (sizes.empty())
        sizes = {1000000, 10000000};
    std::printf("# %s, %d logical CPUs, kernel %s, Qt %s\n",
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(),
                qPrintable(QSysInfo::kernelVersion()), qVersion());
    std::printf("# load average (1 min) at start: %.2f\n", SystemStats::loadAverage());

    BenchmarkData data(parser.value(dataDir));
    for (size_t i = 0; i < sizes.size(); ++i) {
        const size_t rows = sizes[i];
        LogTableModel table;
        LogFilterModel filter;
        filter.setSourceModel(&table);
        BenchmarkContext context{table, filter, label(rows)};
        context.rows = rows;
        context.first = i == 0;
        context.repeats = std::max(1, parser.value(repeat).toInt());
        context.data = &data;
        // Benchmarks on files first, while the table is empty and memory is not yet taken.
        for (Benchmark &b : benchmarks()) {
            if (!b.needsTable && selected(b, names))
                run(b, context);
        }
        const bool tableWanted =
            std::any_of(benchmarks().begin(), benchmarks().end(),
                        [&](const Benchmark &b) { return b.needsTable && selected(b, names); });
        if (!tableWanted)
            continue;
        QElapsedTimer timer;
        timer.start();
        filter.setLoading(true);
        GeneratedData::fill(table, rows);
        filter.setLoading(false);
        report(context, QStringLiteral("generate and append rows (no filter)"),
               double(timer.nsecsElapsed()) / 1e6, "ms");
        for (Benchmark &b : benchmarks()) {
            if (b.needsTable && selected(b, names))
                run(b, context);
        }
    }
    return 0;
}
