#include "benchmark.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

std::vector<Benchmark> &benchmarks()
{
    static std::vector<Benchmark> all;
    return all;
}

BenchmarkRegistration::BenchmarkRegistration(const char *name,
                                             std::function<void(BenchmarkContext &)> run)
{
    benchmarks().push_back({name, std::move(run)});
}

void report(const BenchmarkContext &context, const QString &what, double value, const char *unit)
{
    std::printf("%-4s %-52s %10.1f %s\n", qPrintable(context.size),
                qPrintable(what + QLatin1Char(':')), value, unit);
    std::fflush(stdout);
}

double medianMs(const std::function<void()> &prepare, const std::function<void()> &measured,
                int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        measured();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
