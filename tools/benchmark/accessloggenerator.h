#pragma once

#include <QString>

#include <cstdint>
#include <string>

// Writes a synthetic IIS access log (W3C, IIS's default 15 fields) for the benchmark: the same
// bytes for the same seed, one day of requests in time order, a header block every 100,000
// lines as a recycled worker process writes, a realistic mix (a few hot URLs and user agents,
// many clients, mostly 200 with some 304, 404 and 500, now and then a slow request).
class AccessLogGenerator
{
public:
    explicit AccessLogGenerator(uint64_t seed);

    // Writes `lines` data lines (plus headers) spread over one day to `path`.
    bool writeFile(const QString &path, uint64_t lines);
    // The day the lines cover starts here (UTC seconds).
    static constexpr int64_t DayStart = 1773100800; // 2026-03-10

private:
    uint64_t next();
    uint32_t below(uint32_t bound) { return uint32_t((next() >> 32) * bound >> 32); }
    void appendLine(std::string &out, int64_t time);

    uint64_t m_state;
};
