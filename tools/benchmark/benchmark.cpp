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
                                             std::function<void(BenchmarkContext &)> run,
                                             bool needsTable)
{
    benchmarks().push_back({name, std::move(run), needsTable});
}

void report(const BenchmarkContext &context, const QString &what, double value, const char *unit,
            const QString &note)
{
    std::printf("%-4s %-56s %11.3f %-5s %s\n", qPrintable(context.size),
                qPrintable(what + QLatin1Char(':')), value, unit, qPrintable(note));
    std::fflush(stdout);
}

double median(std::vector<double> samples)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t mid = samples.size() / 2;
    return samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
}

void reportRuns(const BenchmarkContext &context, const QString &what, std::vector<double> samples,
                const char *unit, const QString &note)
{
    if (samples.empty())
        return;
    std::sort(samples.begin(), samples.end());
    QString text = QStringLiteral("median of %1, best %2, worst %3")
                       .arg(samples.size())
                       .arg(samples.front(), 0, 'f', 3)
                       .arg(samples.back(), 0, 'f', 3);
    if (!note.isEmpty())
        text += QStringLiteral("; ") + note;
    report(context, what, median(samples), unit, text);
}

void remark(const QString &text)
{
    std::printf("#    %s\n", qPrintable(text));
    std::fflush(stdout);
}

double nowSeconds()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return double(clock.nsecsElapsed()) / 1e9;
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
