// The whole-process figure: `httperr-viewer --summary FILE` from start to exit, as a user runs
// it, with its peak resident memory as the kernel accounts it.

#include "benchmark.h"
#include "benchmarkdata.h"
#include "processrunner.h"

#include <QFileInfo>

namespace {
// Runs --summary on `paths` (once untimed, so the file is in the page cache), then `runs` times.
void measureSummary(const BenchmarkContext &context, const QString &what, const QStringList &paths,
                    int runs, double secondsTarget)
{
    qint64 bytes = 0;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        bytes += info.isDir() ? 0 : info.size();
    }
    const QStringList arguments = QStringList{QStringLiteral("--summary")} + paths;
    ProcessRunner::run(ProcessRunner::viewerPath(), arguments);
    std::vector<double> seconds;
    qint64 peakMax = 0;
    qint64 peakMin = -1;
    for (int i = 0; i < runs; ++i) {
        const ProcessRunner::Result r = ProcessRunner::run(ProcessRunner::viewerPath(), arguments);
        if (!r.started || r.exitCode != 0) {
            remark(QStringLiteral("--summary failed (exit code %1)").arg(r.exitCode));
            return;
        }
        seconds.push_back(r.seconds);
        peakMax = std::max(peakMax, r.peakResidentBytes);
        peakMin = peakMin < 0 ? r.peakResidentBytes : std::min(peakMin, r.peakResidentBytes);
    }
    reportRuns(context, what + QStringLiteral(": --summary, whole process"), seconds, "s",
               QStringLiteral("target <= %1 s").arg(secondsTarget));
    const QString ratio =
        bytes > 0 ? QStringLiteral("%1x the file size (target < 0.8x); smallest run %2 MB")
                        .arg(double(peakMax) / double(bytes), 0, 'f', 2)
                        .arg(double(peakMin) / 1e6, 0, 'f', 1)
                  : QString();
    report(context, what + QStringLiteral(": --summary peak RSS (largest run)"),
           double(peakMax) / 1e6, "MB", ratio);
}
} // namespace

HTTPERR_FILE_BENCHMARK(summary)
{
    const int runs = context.repeats;
    // 0.35 s for a million lines is the target; ten million may take 3 s.
    const double target = context.rows > 2000000 ? 3.0 : 0.35;
    measureSummary(context, QStringLiteral("file"), {context.data->bigFile(context.rows)}, runs,
                   target);
}

HTTPERR_FILE_BENCHMARK(folder_summary)
{
    if (!context.first)
        return;
    measureSummary(context, QStringLiteral("200 files of 1 MB"),
                   {context.data->folder(200, 1 << 20)}, context.repeats, 1.0);
}
