#pragma once

// Synthetic HTTP.sys rows for the timeline tests: batches built straight from events, and
// deterministic Poisson noise (own sampler on std::mt19937, so results do not depend on the
// standard library's distributions).

#include "logbatch.h"
#include "logstore.h"

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace Synthetic {

struct Event
{
    int64_t time;
    std::string reason;
    std::string clientIp = "10.0.0.1";
    std::string uri = "/";
    std::string site = "1";
    std::string queue = "DefaultAppPool";
};

// 2026-03-10T00:00:00Z
constexpr int64_t Day0 = 1773100800;

inline LogBatch batchOf(const std::vector<Event> &events)
{
    LogBatch batch;
    const size_t reason = batch.columnFor(LogField::Reason, "s-reason");
    const size_t ip = batch.columnFor(LogField::ClientIp, "c-ip");
    const size_t uri = batch.columnFor(LogField::Uri, "cs-uri");
    const size_t site = batch.columnFor(LogField::SiteId, "s-siteid");
    const size_t queue = batch.columnFor(LogField::QueueName, "s-queuename");
    uint32_t line = 1;
    for (const Event &e : events) {
        batch.times.push_back(e.time);
        batch.lines.push_back(line++);
        batch.columns[reason].ids.push_back(batch.columns[reason].pool.intern(e.reason));
        batch.columns[ip].ids.push_back(batch.columns[ip].pool.intern(e.clientIp));
        batch.columns[uri].ids.push_back(batch.columns[uri].pool.intern(e.uri));
        batch.columns[site].ids.push_back(batch.columns[site].pool.intern(e.site));
        batch.columns[queue].ids.push_back(batch.columns[queue].pool.intern(e.queue));
    }
    return batch;
}

inline void append(LogStore &store, const std::vector<Event> &events)
{
    store.append(batchOf(events));
}

class Random
{
public:
    explicit Random(uint32_t seed)
        : m_engine(seed)
    {}
    double uniform() { return double(m_engine()) / 4294967296.0; }
    int64_t below(int64_t n) { return int64_t(uniform() * double(n)); }
    // Poisson by inversion for small means, normal approximation for large ones.
    uint32_t poisson(double mean)
    {
        if (mean > 60) {
            const double u1 = std::max(uniform(), 1e-12);
            const double u2 = uniform();
            const double z = std::sqrt(-2 * std::log(u1)) * std::cos(6.283185307179586 * u2);
            return uint32_t(std::max(0.0, std::round(mean + z * std::sqrt(mean))));
        }
        double p = std::exp(-mean);
        double cumulative = p;
        const double u = uniform();
        uint32_t k = 0;
        while (u > cumulative && k < 1000) {
            ++k;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

private:
    std::mt19937 m_engine;
};

// Per-bucket Poisson counts with the given mean.
inline std::vector<uint32_t> noise(size_t buckets, double mean, uint32_t seed)
{
    Random random(seed);
    std::vector<uint32_t> counts(buckets);
    for (uint32_t &c : counts)
        c = random.poisson(mean);
    return counts;
}

// Events of one reason spread at random over [from, from + seconds), `count` of them, sorted.
inline std::vector<Event> spread(const std::string &reason, int64_t from, int64_t seconds,
                                 size_t count, uint32_t seed)
{
    Random random(seed);
    std::vector<Event> events;
    for (size_t i = 0; i < count; ++i)
        events.push_back({from + random.below(seconds), reason});
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.time < b.time; });
    return events;
}

// Merges event lists into one in time order.
inline std::vector<Event> merged(std::vector<std::vector<Event>> lists)
{
    std::vector<Event> all;
    for (auto &list : lists)
        all.insert(all.end(), list.begin(), list.end());
    std::stable_sort(all.begin(), all.end(),
                     [](const Event &a, const Event &b) { return a.time < b.time; });
    return all;
}

} // namespace Synthetic
