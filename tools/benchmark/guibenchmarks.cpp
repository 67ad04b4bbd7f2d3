// The window while it loads: how soon the first rows show, whether the event loop ever stalls,
// and how fast the full table scrolls. Offscreen, with the real session, filter model, table
// view and timeline (GuiWindow).

#include "benchmark.h"
#include "benchmarkdata.h"
#include "guiwindow.h"
#include "systemstats.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

#include <time.h>

namespace {
// CPU time of the calling thread: what the event loop itself spent, whatever else ran.
double threadCpuSeconds()
{
    timespec t = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}
} // namespace

HTTPERR_FILE_BENCHMARK(first_rows)
{
    const QString path = context.data->bigFile(context.rows);
    std::vector<double> ms;
    for (int i = 0; i < context.repeats; ++i) {
        GuiWindow window;
        QEventLoop loop;
        double shown = 0;
        window.onFirstRowsPainted([&] {
            shown = nowSeconds();
            loop.quit();
        });
        const double start = nowSeconds();
        window.session().open({path});
        loop.exec();
        ms.push_back((shown - start) * 1000);
        window.session().cancel();
    }
    reportRuns(context, QStringLiteral("time to first rows shown in the table"), ms, "ms",
               QStringLiteral("target <= 100 ms"));
}

namespace {
// What one load in the window while a user scrolls showed.
struct StallRun
{
    double loadSeconds = 0;
    double longestMs = 0;    // the longest gap between two ticks of the probe
    double longestCpuMs = 0; // the most GUI-thread CPU time within one gap
    double p99Ms = 0;
    long gapsOver50 = 0;
    double guiCpuSeconds = 0;
    size_t rows = 0;
    double bytesPerRow = 0;
};

// Loads `path` into `window` while a 1 ms timer probes the event loop and a user scrolls.
StallRun measureStalls(GuiWindow &window, const QString &path)
{
    // The probe: a 1 ms timer; any longer gap between its ticks is time the event loop was busy.
    // Each gap is also measured in CPU time of the GUI thread: on a busy machine a gap can be
    // long because other processes had the CPU; its CPU time is what our code kept it busy.
    std::vector<double> gaps;
    std::vector<double> gapsCpu;
    double last = 0;
    double lastCpu = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double now = nowSeconds();
        const double cpu = threadCpuSeconds();
        if (last > 0) {
            gaps.push_back((now - last) * 1000);
            gapsCpu.push_back((cpu - lastCpu) * 1000);
        }
        last = now;
        lastCpu = cpu;
    });
    // Meanwhile a user scrolls: a page down every 16 ms, back to the top at the end.
    QTimer scroller;
    scroller.setInterval(16);
    QObject::connect(&scroller, &QTimer::timeout, [&] {
        QScrollBar *bar = window.verticalScrollBar();
        bar->setValue(bar->value() >= bar->maximum() ? 0 : bar->value() + bar->pageStep());
    });
    StallRun run;
    const qint64 before = SystemStats::residentBytes();
    const double cpuBefore = threadCpuSeconds();
    probe.start();
    scroller.start();
    const double start = nowSeconds();
    window.openAndWait({path});
    run.loadSeconds = nowSeconds() - start;
    // The work done when the load finished ends a gap only at the probe's next tick.
    QTest::qWait(100);
    run.guiCpuSeconds = threadCpuSeconds() - cpuBefore;
    probe.stop();
    scroller.stop();
    run.rows = size_t(window.session().tableModel()->rowCount());
    run.longestMs = gaps.empty() ? 0 : *std::max_element(gaps.begin(), gaps.end());
    run.longestCpuMs = gapsCpu.empty() ? 0 : *std::max_element(gapsCpu.begin(), gapsCpu.end());
    run.p99Ms = percentile(gaps, 0.99);
    run.gapsOver50 = long(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 50; }));
    run.bytesPerRow =
        double(SystemStats::residentBytes() - before) / double(std::max<size_t>(run.rows, 1));
    return run;
}

// The values of one field over all runs.
template <typename F> std::vector<double> each(const std::vector<StallRun> &runs, F field)
{
    std::vector<double> values;
    for (const StallRun &r : runs)
        values.push_back(double(field(r)));
    return values;
}
} // namespace

namespace {
// Loads `path` `repeats` times in a fresh window each, and reports what the loads showed;
// the window of the last run is left in `window`.
void reportStalls(BenchmarkContext &context, const QString &path, const QString &what,
                  std::unique_ptr<GuiWindow> &window)
{
    std::vector<StallRun> runs;
    for (int i = 0; i < context.repeats; ++i) {
        window = std::make_unique<GuiWindow>();
        runs.push_back(measureStalls(*window, path));
    }
    reportRuns(context, QStringLiteral("%1, while scrolling").arg(what),
               each(runs, [](const StallRun &r) { return r.loadSeconds; }), "s",
               QStringLiteral("%1 rows").arg(runs.back().rows));
    reportRuns(context, QStringLiteral("longest event-loop stall during the load"),
               each(runs, [](const StallRun &r) { return r.longestMs; }), "ms",
               QStringLiteral("target <= 50 ms"));
    reportRuns(context, QStringLiteral("99th percentile gap of the event loop"),
               each(runs, [](const StallRun &r) { return r.p99Ms; }), "ms");
    reportRuns(context, QStringLiteral("gaps over 50 ms during the load"),
               each(runs, [](const StallRun &r) { return r.gapsOver50; }), "gaps");
    reportRuns(context, QStringLiteral("longest stall, in CPU time of the GUI thread"),
               each(runs, [](const StallRun &r) { return r.longestCpuMs; }), "ms",
               QStringLiteral("the part of a stall spent in our code, not waiting for the CPU"));
    reportRuns(context, QStringLiteral("GUI thread CPU time during the load"),
               each(runs, [](const StallRun &r) { return r.guiCpuSeconds; }), "s",
               QStringLiteral("appending rows, painting, scrolling"));
    report(context, QStringLiteral("resident memory of the loaded window, per row"),
           runs.front().bytesPerRow, "B",
           QStringLiteral("first run: store, views, allocator slack"));
}
} // namespace

HTTPERR_FILE_BENCHMARK(gui_stall)
{
    std::unique_ptr<GuiWindow> window;
    reportStalls(context, context.data->bigFile(context.rows), QStringLiteral("load in the window"),
                 window);

    // Scrolling the full table: jump anywhere and paint, as dragging the scroll bar does.
    QScrollBar *bar = window->verticalScrollBar();
    std::vector<double> frames;
    QRandomGenerator random(42);
    for (int i = 0; i < 200; ++i) {
        const double t = nowSeconds();
        bar->setValue(int(random.bounded(bar->maximum() + 1)));
        window->viewport()->repaint();
        frames.push_back((nowSeconds() - t) * 1000);
    }
    report(context, QStringLiteral("scrolling the loaded table: median frame"),
           percentile(frames, 0.5), "ms");
    report(context, QStringLiteral("scrolling the loaded table: slowest frame"),
           *std::max_element(frames.begin(), frames.end()), "ms",
           QStringLiteral("200 jumps to random rows, each painted"));
}

HTTPERR_FILE_BENCHMARK(servers_window)
{
    // Two servers' logs of the same hours: the rows arrive out of time order (the second
    // server's start before the first one's end), which the timeline cannot count in place.
    std::unique_ptr<GuiWindow> window;
    reportStalls(context, context.data->serversFolder(context.rows),
                 QStringLiteral("two servers' logs overlapping in time: load in the window"),
                 window);
}

HTTPERR_FILE_BENCHMARK(window_load)
{
    // The window left alone while it loads: how long until all rows are in, and what the GUI
    // thread spent on them (appending to the store and the views, one repaint per insertion).
    const QString path = context.data->bigFile(context.rows);
    const int runs = context.repeats;
    std::vector<double> seconds;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        GuiWindow window;
        const double cpuBefore = threadCpuSeconds();
        const double start = nowSeconds();
        window.openAndWait({path});
        seconds.push_back(nowSeconds() - start);
        cpu.push_back(threadCpuSeconds() - cpuBefore);
    }
    reportRuns(context, QStringLiteral("load in the window (not scrolling)"), seconds, "s");
    reportRuns(context, QStringLiteral("GUI thread CPU time of that load"), cpu, "s");
}

HTTPERR_FILE_BENCHMARK(folder_window)
{
    if (!context.first)
        return;
    const QString folder = context.data->folder(200, 1 << 20);
    std::vector<double> seconds;
    size_t rows = 0;
    for (int i = 0; i < context.repeats; ++i) {
        GuiWindow window;
        const double start = nowSeconds();
        window.openAndWait({folder});
        seconds.push_back(nowSeconds() - start);
        rows = size_t(window.session().tableModel()->rowCount());
    }
    reportRuns(context, QStringLiteral("200 files of 1 MB: merged view ready in the window"),
               seconds, "s", QStringLiteral("%1 rows; target <= 1 s").arg(rows));
}
