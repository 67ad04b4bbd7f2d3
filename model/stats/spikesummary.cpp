#include "spikesummary.h"

#include "textdecode.h"

#include <algorithm>
#include <unordered_map>

namespace {
// The hour either side of a spike stands for "usual" when judging other reasons.
constexpr int64_t ContextSeconds = 3600;
// Another reason "rose" when it has at least this many rows in the window...
constexpr uint64_t MinRiseCount = 5;
// ...and at least this many times what its usual rate predicts (plus a little slack).
constexpr double MinRiseFactor = 2.0;

const LogField TopFields[] = {LogField::ClientIp, LogField::Uri, LogField::SiteId,
                              LogField::QueueName};

QString reasonText(const LogStore &store, int column, uint32_t id)
{
    if (column < 0)
        return {};
    return id == 0 ? QStringLiteral("-")
                   : TextDecode::toQString(store.column(size_t(column)).pool.view(id));
}

// Store rows whose time lies in [from, to]: a binary search when the store is in time order.
std::pair<size_t, size_t> rowRange(const LogStore &store, int64_t from, int64_t to)
{
    if (!store.isTimeOrdered())
        return {0, store.rowCount()};
    const auto &t = store.times();
    return {size_t(std::lower_bound(t.begin(), t.end(), from) - t.begin()),
            size_t(std::upper_bound(t.begin(), t.end(), to) - t.begin())};
}

std::vector<SpikeSummary::Rise> risesAround(const LogStore &store, const ReasonHistogram &histogram,
                                            const Spike &spike, int reasonColumn)
{
    std::vector<SpikeSummary::Rise> rises;
    const int64_t from = std::max(spike.start - ContextSeconds, histogram.firstTime());
    const int64_t to = std::min(spike.end + ContextSeconds, histogram.lastTime());
    const int64_t contextSeconds = (to - from + 1) - spike.duration();
    if (contextSeconds <= 0)
        return rises; // the log is just this window: nothing to compare with
    const ReasonHistogram::Bins window = histogram.rebin(spike.start, spike.duration(), 1);
    const ReasonHistogram::Bins before = histogram.rebin(from, spike.start - from, 1);
    const ReasonHistogram::Bins after =
        histogram.rebin(spike.end + 1, std::max<int64_t>(to - spike.end, 1), 1);
    for (uint32_t r = 0; r < histogram.reasonCount(); ++r) {
        if (r == spike.reason)
            continue;
        const uint64_t inWindow = window.at(0, r);
        const uint64_t around =
            (spike.start > from ? before.at(0, r) : 0) + (to > spike.end ? after.at(0, r) : 0);
        const double expected = double(around) * double(spike.duration()) / double(contextSeconds);
        if (inWindow >= MinRiseCount && double(inWindow) >= MinRiseFactor * expected + 1.0)
            rises.push_back({reasonText(store, reasonColumn, r), inWindow, expected});
    }
    std::sort(rises.begin(), rises.end(), [](const auto &a, const auto &b) {
        const double ra = double(a.count) / std::max(a.expected, 1.0);
        const double rb = double(b.count) / std::max(b.expected, 1.0);
        return ra != rb ? ra > rb : a.reason < b.reason;
    });
    return rises;
}
} // namespace

SpikeSummary SpikeSummary::compute(const LogStore &store, const ReasonHistogram &histogram,
                                   const Spike &spike, const RowPredicate &accept, size_t topN)
{
    SpikeSummary s;
    s.spike = spike;
    const int reasonColumn = store.columnOf(LogField::Reason);
    s.reason = reasonText(store, reasonColumn, spike.reason);
    s.totalRows = histogram.total();
    s.rowsInWindow = histogram.count(ReasonHistogram::AllReasons, spike.start, spike.end);

    std::vector<int> columns;
    std::vector<std::unordered_map<uint32_t, uint64_t>> counts;
    for (const LogField field : TopFields) {
        columns.push_back(store.columnOf(field));
        counts.emplace_back();
    }
    std::vector<uint64_t> perServer(size_t(store.fileSet().serverCount()) + 1, 0);
    const auto [begin, end] = rowRange(store, spike.start, spike.end);
    for (size_t row = begin; row < end; ++row) {
        const int64_t t = store.time(row);
        if (t < spike.start || t > spike.end)
            continue;
        if (reasonColumn >= 0 && store.id(size_t(reasonColumn), row) != spike.reason)
            continue;
        if (accept && !accept(row))
            continue;
        ++perServer[std::min<size_t>(store.serverOf(row), perServer.size() - 1)];
        for (size_t f = 0; f < columns.size(); ++f) {
            if (columns[f] >= 0)
                ++counts[f][store.id(size_t(columns[f]), row)];
        }
    }
    for (size_t f = 0; f < columns.size(); ++f) {
        Top top{TopFields[f], {}, counts[f].size()};
        for (const auto &[id, n] : counts[f]) {
            top.items.push_back(
                {id == 0 ? QStringLiteral("-")
                         : TextDecode::toQString(store.column(size_t(columns[f])).pool.view(id)),
                 n});
        }
        std::sort(top.items.begin(), top.items.end(), [](const Item &a, const Item &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (top.items.size() > topN)
            top.items.resize(topN);
        if (columns[f] >= 0)
            s.tops.push_back(std::move(top));
    }
    s.rises = risesAround(store, histogram, spike, reasonColumn);
    perServer.pop_back(); // rows of files past the set: none
    s.servers = serverItems(store, perServer);
    s.serverCount = store.fileSet().serverCount();
    return s;
}

std::vector<uint64_t> SpikeSummary::serverCounts(const LogStore &store, const Spike &spike,
                                                 const std::vector<uint32_t> *rows)
{
    std::vector<uint64_t> counts(size_t(store.fileSet().serverCount()), 0);
    const int reasonColumn = store.columnOf(LogField::Reason);
    auto visit = [&](size_t row) {
        const int64_t t = store.time(row);
        if (t < spike.start || t > spike.end)
            return;
        if (reasonColumn >= 0 && store.id(size_t(reasonColumn), row) != spike.reason)
            return;
        const uint32_t server = store.serverOf(row);
        if (server < counts.size())
            ++counts[server];
    };
    if (!rows) {
        const auto [begin, end] = rowRange(store, spike.start, spike.end);
        for (size_t row = begin; row < end; ++row)
            visit(row);
        return counts;
    }
    auto begin = rows->begin();
    auto end = rows->end();
    if (store.isTimeOrdered()) {
        // Ascending rows of a store in time order are in time order too.
        const auto &t = store.times();
        begin = std::lower_bound(begin, end, spike.start,
                                 [&](uint32_t r, int64_t v) { return t[r] < v; });
        end = std::upper_bound(begin, end, spike.end,
                               [&](int64_t v, uint32_t r) { return v < t[r]; });
    }
    for (auto it = begin; it != end; ++it)
        visit(*it);
    return counts;
}

std::vector<SpikeSummary::Item> SpikeSummary::serverItems(const LogStore &store,
                                                          const std::vector<uint64_t> &counts)
{
    std::vector<Item> items;
    for (size_t s = 0; s < counts.size(); ++s) {
        if (counts[s] > 0)
            items.push_back({store.fileSet().serverName(uint32_t(s)), counts[s]});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.count > b.count; });
    return items;
}
