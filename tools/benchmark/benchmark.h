#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

class BenchmarkData;
class LogFilterModel;
class LogTableModel;

// What every benchmark gets: a table model full of generated rows and a filter model on it,
// and, for benchmarks that load files (HTTPERR_FILE_BENCHMARK), generated log files.
struct BenchmarkContext
{
    LogTableModel &table;
    LogFilterModel &filter;
    QString size;                  // "1M", "10M": the prefix of every figure
    uint64_t rows = 0;             // rows of this size (lines of its generated file)
    bool first = false;            // the first size of the run: figures that need no size
    int repeats = 3;               // runs per timing of the file benchmarks
    BenchmarkData *data = nullptr; // the generated files (made on first use, kept on disk)
};

// One named benchmark. Each prints its own figures through report().
struct Benchmark
{
    const char *name;
    std::function<void(BenchmarkContext &)> run;
    bool needsTable = true; // false: runs before the table is filled, on files of its own
};

// Every benchmark linked into the program, in registration order.
std::vector<Benchmark> &benchmarks();

// Registers a benchmark from a source file: HTTPERR_BENCHMARK(filters) { ... body ... }.
struct BenchmarkRegistration
{
    BenchmarkRegistration(const char *name, std::function<void(BenchmarkContext &)> run,
                          bool needsTable = true);
};
#define HTTPERR_BENCHMARK(name)                                                                    \
    static void benchmark_##name(BenchmarkContext &context);                                       \
    static const BenchmarkRegistration registration_##name(#name, benchmark_##name);               \
    static void benchmark_##name(BenchmarkContext &context)
// The same for a benchmark that loads generated files itself and needs no filled table.
#define HTTPERR_FILE_BENCHMARK(name)                                                               \
    static void benchmark_##name(BenchmarkContext &context);                                       \
    static const BenchmarkRegistration registration_##name(#name, benchmark_##name, false);        \
    static void benchmark_##name(BenchmarkContext &context)

// Prints one figure: "<size> <what>: <value> <unit>  <note>".
void report(const BenchmarkContext &context, const QString &what, double value, const char *unit,
            const QString &note = {});
// Prints the median of repeated measurements (a shared machine makes single runs noisy), with
// their count, best and worst in the note.
void reportRuns(const BenchmarkContext &context, const QString &what, std::vector<double> samples,
                const char *unit, const QString &note = {});
// The median of `samples` (0 if there are none).
double median(std::vector<double> samples);
// Prints a line that is no figure (why a measurement was skipped, what was compared).
void remark(const QString &text);
// Seconds since some fixed point, for timings.
double nowSeconds();
// Runs `prepare` (untimed) then `measured` (timed) `runs` times; returns the median in ms.
double medianMs(const std::function<void()> &prepare, const std::function<void()> &measured,
                int runs = 3);
