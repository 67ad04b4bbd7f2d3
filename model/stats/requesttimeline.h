#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

class RequestStore;

// The IIS access-log requests over time for the timeline's overlay: how many ended in any
// stretch of time, and how many of those stalled or failed (SpikeEvidence::isStalledOrFailed:
// time-taken at or over the slow threshold, win32 status 64, 1236, 995 or 121, status 500 or
// 503). The store must be in time order; each count is two binary searches (a running count
// of the failed ones is kept), so a chart re-binned at every zoom step costs next to nothing.
class RequestTimeline
{
public:
    // Counts `store`'s rows (null: none) with `slowSeconds` as the threshold. The store must
    // outlive this and not change until the next reset.
    void reset(const RequestStore *store, uint32_t slowSeconds);
    bool isEmpty() const { return m_times == nullptr || m_failedBefore.size() <= 1; }
    uint32_t slowSeconds() const { return m_slowSeconds; }
    // Requests that ended in [from, to) (UTC seconds).
    uint64_t total(int64_t from, int64_t to) const;
    // Those of them that stalled or failed.
    uint64_t failed(int64_t from, int64_t to) const;

private:
    size_t indexOf(int64_t t) const;

    const std::vector<int64_t> *m_times = nullptr;
    std::vector<uint32_t> m_failedBefore; // failed rows before row i; one more than the rows
    uint32_t m_slowSeconds = 110;
};
