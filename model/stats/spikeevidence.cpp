#include "spikeevidence.h"

#include "logstore.h"
#include "spikesummary.h"

#include <QJsonArray>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace {
constexpr int64_t HalfHour = 1800;

SpikeEvidence::Counts sorted(const std::map<uint32_t, uint64_t> &counts)
{
    SpikeEvidence::Counts out(counts.begin(), counts.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return out;
}
} // namespace

bool SpikeEvidence::isStalledOrFailed(uint32_t status, uint32_t win32, uint32_t timeTakenMs,
                                      uint32_t slowSeconds)
{
    // One definition, shared with the Requests table's filter (RequestFilter).
    return RequestField::isStalledOrFailed(status, win32, timeTakenMs, slowSeconds);
}

SpikeEvidence SpikeEvidence::compute(const RequestStore &store, int64_t start, int64_t end,
                                     uint32_t slowSeconds, const std::vector<bool> &servers)
{
    using Number = RequestField::Number;
    SpikeEvidence e;
    e.start = start;
    e.end = end;
    e.slowSeconds = slowSeconds;
    const std::vector<int64_t> &times = store.times();
    const auto at = [&times](int64_t t) {
        return size_t(std::lower_bound(times.begin(), times.end(), t) - times.begin());
    };
    const int64_t middle = start + (end - start) / 2;
    const int64_t hourStart = std::min(start, middle - HalfHour);
    const int64_t hourEnd = std::max(end + 1, middle + HalfHour);
    const size_t from = at(hourStart);
    const size_t to = at(hourEnd);
    const std::vector<uint32_t> &statuses = store.numbers(Number::Status);
    const std::vector<uint32_t> &substatuses = store.numbers(Number::Substatus);
    const std::vector<uint32_t> &win32s = store.numbers(Number::Win32Status);
    const std::vector<uint32_t> &taken = store.numbers(Number::TimeTaken);
    const uint64_t slowMs = uint64_t(slowSeconds) * 1000;
    const bool anyServer = servers.empty();
    uint64_t aroundTotal = 0;
    uint64_t aroundSlow = 0;
    uint64_t aroundFailed = 0;
    int64_t first = INT64_MAX;
    int64_t last = INT64_MIN;
    std::map<uint32_t, uint64_t> win32;
    std::map<uint32_t, uint64_t> status;
    std::map<uint32_t, uint64_t> status503;
    std::unordered_map<uint32_t, uint64_t> slowUrls;
    for (size_t r = from; r < to; ++r) {
        if (!anyServer) {
            const uint32_t server = store.serverOf(r);
            if (server >= servers.size() || !servers[server])
                continue;
        }
        const int64_t t = times[r];
        first = std::min(first, t);
        last = std::max(last, t);
        const bool slowOne = taken[r] != RequestField::NoNumber && taken[r] >= slowMs;
        const bool failedOne = isStalledOrFailed(statuses[r], win32s[r], taken[r], slowSeconds);
        if (t < start || t > end) {
            ++aroundTotal;
            aroundSlow += slowOne;
            aroundFailed += failedOne;
            continue;
        }
        ++e.total;
        e.slow += slowOne;
        e.failed += failedOne;
        e.timeTaken = e.timeTaken || taken[r] != RequestField::NoNumber;
        if (win32s[r] != 0 && win32s[r] != RequestField::NoNumber)
            ++win32[win32s[r]];
        if (statuses[r] >= 500 && statuses[r] != RequestField::NoNumber) {
            ++status[statuses[r]];
            if (statuses[r] == 503)
                ++status503[substatuses[r]];
        }
        if (slowOne) {
            ++slowUrls[store.id(RequestField::Text::UriStem, r)];
            e.shortestSlowMs = e.slow == 1 ? taken[r] : std::min(e.shortestSlowMs, taken[r]);
        }
    }
    // Covered: rows of these servers end at or before the window and at or after it (or in it).
    e.covered = e.total > 0 || (first <= start && last >= end);
    const double aroundSeconds = double((hourEnd - hourStart) - (end - start + 1));
    if (aroundSeconds > 0) {
        const double scale = double(end - start + 1) / aroundSeconds;
        e.usualTotal = double(aroundTotal) * scale;
        e.usualSlow = double(aroundSlow) * scale;
        e.usualFailed = double(aroundFailed) * scale;
    }
    e.win32 = sorted(win32);
    e.status = sorted(status);
    e.status503 = sorted(status503);
    const StringPool &urls = store.pool(RequestField::Text::UriStem);
    for (const auto &entry : slowUrls)
        e.topSlowUrls.emplace_back(std::string(urls.view(entry.first)), entry.second);
    std::sort(e.topSlowUrls.begin(), e.topSlowUrls.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (e.topSlowUrls.size() > TopUrls)
        e.topSlowUrls.resize(TopUrls);
    if (!store.clock().isUtc()) {
        const LogFileSet &files = store.fileSet();
        for (uint32_t s = 0; s < uint32_t(files.serverCount()); ++s) {
            if (anyServer || (s < servers.size() && servers[s]))
                e.clocks.emplace_back(files.serverName(s), store.clockOffset(s));
        }
    }
    return e;
}

SpikeEvidence SpikeEvidence::forSpike(const RequestStore &requests, const LogStore &httperr,
                                      const Spike &spike, const std::vector<uint32_t> *rows,
                                      uint32_t slowSeconds)
{
    const std::vector<uint64_t> counts = SpikeSummary::serverCounts(httperr, spike, rows);
    std::vector<bool> servers(counts.size());
    for (size_t s = 0; s < counts.size(); ++s)
        servers[s] = counts[s] > 0;
    return compute(requests, spike.start, spike.end, slowSeconds, servers);
}

QJsonObject SpikeEvidence::toJson() const
{
    const auto counts = [](const Counts &list) {
        QJsonObject o;
        for (const auto &item : list)
            o.insert(QString::number(item.first), qint64(item.second));
        return o;
    };
    QJsonArray urls;
    for (const auto &item : topSlowUrls)
        urls.append(QJsonArray{QString::fromStdString(item.first), qint64(item.second)});
    QJsonObject o;
    o.insert(QStringLiteral("total"), qint64(total));
    o.insert(QStringLiteral("slow"), qint64(slow));
    o.insert(QStringLiteral("slowThresholdSeconds"), qint64(slowSeconds));
    o.insert(QStringLiteral("win32Status"), counts(win32));
    o.insert(QStringLiteral("status"), counts(status));
    o.insert(QStringLiteral("topSlowUrls"), urls);
    if (!clocks.empty()) {
        QJsonObject clock;
        for (const auto &item : clocks)
            clock.insert(item.first, AccessClock::offsetText(item.second));
        o.insert(QStringLiteral("clock"), clock);
    }
    return o;
}
