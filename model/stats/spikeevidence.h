#pragma once

#include "requeststore.h"
#include "spikedetector.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

class LogStore;

// What the IIS access log shows in a spike's window: the requests that ENDED in it (IIS logs a
// request when it ends), how many took at least the slow threshold, the win32 and 5xx statuses
// they ended with and the URLs of the slow ones; and the same counts in the hour around the
// window, scaled to its length, for comparison. Reads only the rows of the servers given, and
// only the hour around the window (the store is in time order), so all spikes of a day of a
// million requests take milliseconds.
struct SpikeEvidence
{
    static constexpr uint32_t DefaultSlowSeconds = 110;
    static constexpr size_t TopUrls = 5;

    using Counts = std::vector<std::pair<uint32_t, uint64_t>>; // code, requests; most first

    int64_t start = 0; // the window, both ends inclusive (UTC seconds)
    int64_t end = 0;
    uint32_t slowSeconds = DefaultSlowSeconds;
    bool covered = false;   // the access logs of these servers span the window
    bool timeTaken = false; // their rows carry time-taken
    uint64_t total = 0;
    uint64_t slow = 0;           // time-taken at or over slowSeconds
    uint32_t shortestSlowMs = 0; // the least time-taken among the slow ones
    uint64_t failed = 0;         // stalled or failed: slow, win32 64/1236/995/121 or status 500/503
    Counts win32;                // non-zero win32 statuses
    Counts status;               // statuses of 500 and over
    Counts status503;            // 503 by substatus
    std::vector<std::pair<std::string, uint64_t>> topSlowUrls; // at most TopUrls
    // The same in the hour around the window (without it), scaled to the window's length.
    double usualTotal = 0;
    double usualSlow = 0;
    double usualFailed = 0;
    // The clocks the access logs of the servers looked at were read in (name, offset east of
    // UTC in seconds), when the user gave any other than UTC (RequestStore::clock()).
    std::vector<std::pair<QString, int32_t>> clocks;

    // Looks at the rows of `store` (in time order) whose server is set in `servers` (all when
    // empty) that ended between `start` and `end`.
    static SpikeEvidence compute(const RequestStore &store, int64_t start, int64_t end,
                                 uint32_t slowSeconds, const std::vector<bool> &servers = {});
    // The evidence for `spike` of `httperr` (over its `rows`, null: all): the requests of the
    // servers that logged the spike's rows. Both stores must come from one load (one file set).
    static SpikeEvidence forSpike(const RequestStore &requests, const LogStore &httperr,
                                  const Spike &spike, const std::vector<uint32_t> *rows,
                                  uint32_t slowSeconds);
    // True for a request that stalled or failed (see `failed`).
    static bool isStalledOrFailed(uint32_t status, uint32_t win32, uint32_t timeTakenMs,
                                  uint32_t slowSeconds);
    // {"total", "slow", "slowThresholdSeconds", "win32Status", "status", "topSlowUrls"}, and
    // "clock": {server: "UTC+02:00"} when some access logs were not read as UTC.
    QJsonObject toJson() const;
};
