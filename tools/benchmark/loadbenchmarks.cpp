// Loading inside this process: the DirectLoader the command line uses plus the per-reason
// counts, i.e. everything --summary does before it prints, without process start and exit.

#include "benchmark.h"
#include "benchmarkdata.h"
#include "systemstats.h"

#include "directloader.h"
#include "logsummary.h"

#include <QFileInfo>

HTTPERR_FILE_BENCHMARK(load)
{
    const QString path = context.data->bigFile(context.rows);
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    const int runs = context.repeats;
    std::vector<double> seconds;
    std::vector<double> cpu;
    size_t rows = 0;
    QString widths; // bytes per row of each column, to see where the bytes per row go
    size_t storeBytes = 0;
    size_t poolBytes = 0;
    qint64 peakGrowth = 0;
    for (int i = 0; i < runs; ++i) {
        SystemStats::resetPeak();
        const qint64 before = SystemStats::residentBytes();
        const double cpuBefore = SystemStats::cpuSeconds();
        const double start = nowSeconds();
        DirectLoader::Result result;
        DirectLoader::load({path}, result);
        const LogSummary summary = LogSummary::compute(result.store);
        seconds.push_back(nowSeconds() - start);
        cpu.push_back(SystemStats::cpuSeconds() - cpuBefore);
        peakGrowth = std::max(peakGrowth, SystemStats::peakResidentBytes() - before);
        rows = result.store.rowCount();
        storeBytes = result.store.memoryBytes();
        poolBytes = 0;
        widths.clear();
        for (size_t c = 0; c < result.store.columnCount(); ++c) {
            const LogStore::Column &column = result.store.column(c);
            poolBytes += column.pool.memoryBytes();
            widths += QStringLiteral(" %1:%2")
                          .arg(QString::fromStdString(column.name))
                          .arg(column.ids.width());
        }
        if (summary.rows != rows || summary.reasons.empty())
            remark(QStringLiteral("summary does not match the store"));
    }
    reportRuns(context, QStringLiteral("load + per-reason counts, in process"), seconds, "s",
               QStringLiteral("%1 MB, %2 rows").arg(megabytes, 0, 'f', 1).arg(rows));
    report(context, QStringLiteral("load throughput (median run)"), megabytes / median(seconds),
           "MB/s");
    reportRuns(context, QStringLiteral("load CPU time (user + system, all threads)"), cpu, "s");
    report(context, QStringLiteral("store bytes per row, unique strings excluded"),
           double(storeBytes - poolBytes) / double(rows), "B", QStringLiteral("target <= 48"));
    remark(QStringLiteral("bytes per row: time 8, line 4, file and layout 1 each, columns")
           + widths);
    report(context, QStringLiteral("unique strings (string pools)"), double(poolBytes) / 1e6, "MB");
    report(context, QStringLiteral("store bytes per row, all"), double(storeBytes) / double(rows),
           "B");
    report(context, QStringLiteral("peak RSS growth while loading"), double(peakGrowth) / 1e6, "MB",
           QStringLiteral("%1 B per row; file text is not kept")
               .arg(double(peakGrowth) / double(rows), 0, 'f', 1));
}
