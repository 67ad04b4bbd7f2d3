// Support bundles of many small files: `httperr-viewer --summary --json` on a zip archive and on
// a folder of one-row logs, as a support engineer opens a farm's bundle. The time must grow in
// proportion to the members (a zip of 4x the members at most 5x the time), not their square.

#include "benchmark.h"
#include "benchmarkdata.h"
#include "processrunner.h"

#include "logloader.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <map>
#include <optional>

namespace {
struct Run
{
    double seconds = 0;
    double cpuSeconds = 0;
};

// The median run of --summary --json on `path` (after one untimed run for the page cache), or
// nothing when the viewer failed.
std::optional<Run> summarize(const BenchmarkContext &context, const QString &path)
{
    const QStringList arguments{QStringLiteral("--summary"), QStringLiteral("--json"), path};
    ProcessRunner::run(ProcessRunner::viewerPath(), arguments);
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < context.repeats; ++i) {
        const ProcessRunner::Result r = ProcessRunner::run(ProcessRunner::viewerPath(), arguments);
        if (!r.started || r.exitCode != 0) {
            remark(QStringLiteral("--summary failed (exit code %1)").arg(r.exitCode));
            return std::nullopt;
        }
        wall.push_back(r.seconds);
        cpu.push_back(r.cpuSeconds);
    }
    return Run{median(wall), median(cpu)};
}

void reportBundle(const BenchmarkContext &context, const QString &kind, int members, const Run &run,
                  const QString &target)
{
    report(context,
           QStringLiteral("%1 of %2 one-row logs: --summary --json").arg(kind).arg(members),
           run.seconds, "s",
           QStringLiteral("CPU %1 s; %2").arg(run.cpuSeconds, 0, 'f', 2).arg(target));
}
} // namespace

HTTPERR_FILE_BENCHMARK(bundle_zip)
{
    if (!context.first)
        return;
    // Members and the target time (0: none of its own, only the ratio to the last size).
    const std::vector<std::pair<int, double>> sizes{{1000, 0}, {4000, 5}, {5000, 6}, {16000, 0}};
    std::map<int, Run> runs;
    for (const auto &size : sizes) {
        const std::optional<Run> run = summarize(context, context.data->oneRowZip(size.first));
        if (!run)
            return;
        runs[size.first] = *run;
        reportBundle(context, QStringLiteral("zip"), size.first, *run,
                     size.second > 0 ? QStringLiteral("target <= %1 s").arg(size.second)
                                     : QStringLiteral("no target of its own"));
    }
    // Linear: 4x the members at most 5x the time.
    for (const auto &[few, many] : {std::pair{1000, 4000}, {4000, 16000}}) {
        report(context, QStringLiteral("zip of %1 members / zip of %2").arg(many).arg(few),
               runs[many].seconds / runs[few].seconds, "x", QStringLiteral("target <= 5x"));
    }
}

HTTPERR_FILE_BENCHMARK(bundle_folder)
{
    if (!context.first)
        return;
    const int files = 5000;
    if (const std::optional<Run> run = summarize(context, context.data->oneRowFolder(files)))
        reportBundle(context, QStringLiteral("folder"), files, *run,
                     QStringLiteral("target <= 2 s"));
}

// Cancel on a big bundle: the window's loader on the zip of 16,000 members, cancelled at several
// moments (while the archive is listed and while members are read); the time from cancel() to
// finished(true) is what the user waits after pressing Cancel.
HTTPERR_FILE_BENCHMARK(bundle_cancel)
{
    if (!context.first)
        return;
    const QString zip = context.data->oneRowZip(16000);
    double worst = 0;
    for (const int afterMs : {20, 200, 800}) {
        LogLoader loader;
        QEventLoop loop;
        double cancelledAt = 0;
        double finishedAt = 0;
        bool cancelled = false;
        QObject::connect(&loader, &LogLoader::finished, &loop, [&](bool wasCancelled) {
            finishedAt = nowSeconds();
            cancelled = wasCancelled;
            loop.quit();
        });
        QTimer::singleShot(afterMs, &loader, [&] {
            cancelledAt = nowSeconds();
            loader.cancel();
        });
        loader.start({zip});
        loop.exec();
        if (!cancelled) {
            remark(QStringLiteral("the load ended before the cancel at %1 ms").arg(afterMs));
            continue;
        }
        worst = std::max(worst, finishedAt - cancelledAt);
    }
    report(context, QStringLiteral("cancel of a zip of 16000 members (worst of 3 moments)"), worst,
           "s", QStringLiteral("target <= 1 s"));
}
