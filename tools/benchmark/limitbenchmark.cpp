// The viewer's CPU against the hardware's limit, in the same run (issue #21): the CPU seconds
// (user + system) of `httperr-viewer --summary` on the generated file next to those of
// LimitProbe on the same bytes, and their ratio. CPU, not wall time: on a busy machine, or with a
// window painting, the CPU is the time, and it varies less than wall time between machines.

#include "benchmark.h"
#include "benchmarkdata.h"
#include "limitprobe.h"
#include "processrunner.h"
#include "systemstats.h"

namespace {
struct Samples
{
    std::vector<double> viewerCpu;
    std::vector<double> viewerWall;
    std::vector<double> probeCpu;
};

// One round: the viewer, then the probe, so that both see the same machine load.
bool measureRound(const QString &path, Samples &samples, LimitProbe::Result &probe)
{
    const ProcessRunner::Result viewer =
        ProcessRunner::run(ProcessRunner::viewerPath(), {QStringLiteral("--summary"), path});
    if (!viewer.started || viewer.exitCode != 0 || viewer.cpuSeconds < 0) {
        remark(QStringLiteral("--summary failed or its CPU time is unknown (exit code %1)")
                   .arg(viewer.exitCode));
        return false;
    }
    probe = LimitProbe::run(path);
    if (!probe.ok) {
        remark(QStringLiteral("the limit probe could not map %1").arg(path));
        return false;
    }
    samples.viewerCpu.push_back(viewer.cpuSeconds);
    samples.viewerWall.push_back(viewer.seconds);
    samples.probeCpu.push_back(probe.cpuSeconds);
    return true;
}
} // namespace

HTTPERR_FILE_BENCHMARK(limit)
{
    const QString path = context.data->bigFile(context.rows);
    LimitProbe::Result probe = LimitProbe::run(path); // untimed: the file into the page cache
    Samples samples;
    for (int i = 0; i < context.repeats; ++i) {
        if (!measureRound(path, samples, probe))
            return;
    }
    const QString load =
        QStringLiteral("load average %1").arg(SystemStats::loadAverage(), 0, 'f', 2);
    reportRuns(context, QStringLiteral("limit probe (1 thread, mmap): CPU"), samples.probeCpu, "s",
               QStringLiteral("%1 lines, %2 reasons").arg(probe.lines).arg(probe.reasons));
    reportRuns(context, QStringLiteral("--summary, whole process: CPU (user + system)"),
               samples.viewerCpu, "s",
               QStringLiteral("wall %1 s").arg(median(samples.viewerWall), 0, 'f', 3));
    report(context, QStringLiteral("--summary CPU / limit probe CPU"),
           median(samples.viewerCpu) / median(samples.probeCpu), "x",
           QStringLiteral("medians; target <= 2.5x; %1").arg(load));
}
