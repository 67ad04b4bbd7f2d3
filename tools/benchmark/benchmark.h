#pragma once

#include <QString>

#include <functional>
#include <vector>

class LogFilterModel;
class LogTableModel;

// What every benchmark gets: a table model full of generated rows and a filter model on it.
struct BenchmarkContext
{
    LogTableModel &table;
    LogFilterModel &filter;
    QString size; // "1M", "10M": the prefix of every figure
};

// One named benchmark. Each prints its own figures through report().
struct Benchmark
{
    const char *name;
    std::function<void(BenchmarkContext &)> run;
};

// Every benchmark linked into the program, in registration order.
std::vector<Benchmark> &benchmarks();

// Registers a benchmark from a source file: HTTPERR_BENCHMARK(filters) { ... body ... }.
struct BenchmarkRegistration
{
    BenchmarkRegistration(const char *name, std::function<void(BenchmarkContext &)> run);
};
#define HTTPERR_BENCHMARK(name)                                                                    \
    static void benchmark_##name(BenchmarkContext &context);                                       \
    static const BenchmarkRegistration registration_##name(#name, benchmark_##name);               \
    static void benchmark_##name(BenchmarkContext &context)

// Prints one figure: "<size> <what>: <value> <unit>".
void report(const BenchmarkContext &context, const QString &what, double value, const char *unit);
// Runs `prepare` (untimed) then `measured` (timed) `runs` times; returns the median in ms.
double medianMs(const std::function<void()> &prepare, const std::function<void()> &measured,
                int runs = 3);
