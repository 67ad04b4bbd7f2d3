#pragma once

#include <QString>

#include <cstdint>
#include <string>

// Writes synthetic httperr files for the benchmark: the same bytes for the same seed, about
// 100 bytes a line, every layout HTTP.sys writes (12, 13, 14, 16 and 18 fields) in header
// blocks, a realistic mix of values (a few reasons, addresses and URLs make up most lines)
// and attack bursts where many new addresses and URLs arrive within seconds.
class LogGenerator
{
public:
    struct Options
    {
        uint64_t lines = 1000000;
        uint64_t linesPerBlock = 50000; // lines between two header blocks
        bool headers = true;            // false: a header-less file of 13-field lines
        int firstLayout = 0;            // index into the layout cycle for the first block
    };

    explicit LogGenerator(uint64_t seed);

    // Writes `options.lines` data lines (plus headers) to `path`; false on an I/O error.
    bool writeFile(const QString &path, const Options &options);
    // The next data line for a given field count, without the line break.
    void appendLine(std::string &out, int fieldCount);
    // Seconds since the epoch of the line written last; time only moves forward.
    int64_t now() const { return m_now; }

private:
    uint64_t next();
    uint32_t below(uint32_t bound) { return uint32_t((next() >> 32) * bound >> 32); }
    bool chance(uint32_t percent) { return below(100) < percent; }
    void advanceClock();
    void appendHeader(std::string &out, int fieldCount);
    void appendClient(std::string &out);
    void appendUri(std::string &out);

    uint64_t m_state;
    int64_t m_now;
    uint64_t m_burstLeft = 0;
};
