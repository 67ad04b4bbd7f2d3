#pragma once

#include <QString>

#include <cstdint>

// The hardware's limit for what `--summary` does, measured in the same run as the viewer (issue
// #21): a plain single-threaded program that memory-maps the file, splits every line into fields
// at spaces, parses date and time to UTC seconds and counts the reason field (the column a
// #Fields header names s-reason), skipping # lines. No store, no strings kept, no threads: what
// the viewer's CPU is compared with.
class LimitProbe
{
public:
    struct Result
    {
        bool ok = false;
        uint64_t lines = 0;    // data lines counted
        size_t reasons = 0;    // distinct reasons
        uint64_t seconds = 0;  // sum of the rows' UTC seconds, so that no parse can be left out
        double cpuSeconds = 0; // user + system time of this process, the mapping included
    };

    // Runs the probe on `path` on the calling thread (the process must be otherwise idle: its
    // CPU time is what is measured).
    static Result run(const QString &path);
};
