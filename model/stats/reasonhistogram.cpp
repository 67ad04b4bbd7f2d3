#include "reasonhistogram.h"

#include <algorithm>

uint64_t ReasonHistogram::Bins::bucketTotal(size_t bucket) const
{
    uint64_t sum = 0;
    for (uint32_t s = 0; s < slotCount; ++s)
        sum += at(bucket, s);
    return sum;
}

void ReasonHistogram::Run::clear()
{
    seconds.clear();
    offsets.assign(1, 0);
    cells.clear();
    minutes = {60, {}, {0}, {}, 0};
    hours = {3600, {}, {0}, {}, 0};
}

size_t ReasonHistogram::Run::lowerIndex(int64_t t) const
{
    return size_t(std::lower_bound(seconds.begin(), seconds.end(), t) - seconds.begin());
}

void ReasonHistogram::clear()
{
    // The first run keeps its room (a recount fills it again), the others go.
    if (m_runs.size() > 1)
        m_runs.resize(1);
    for (Run &run : m_runs)
        run.clear();
    m_currentRun = 0;
    m_reasonTotals.clear();
    m_scratch.clear();
    m_total = 0;
    m_rowsSeen = 0;
    m_reasonColumn = -1;
}

namespace {
// Visits the rows [first, last) that `accept` keeps.
auto visitAccepted(size_t first, size_t last, const RowPredicate &accept)
{
    return [first, last, &accept](auto &&fn) {
        for (size_t row = first; row < last; ++row) {
            if (!accept || accept(row))
                fn(row);
        }
    };
}

auto visitList(const std::vector<uint32_t> &rows)
{
    return [&rows](auto &&fn) {
        for (const uint32_t row : rows)
            fn(size_t(row));
    };
}
} // namespace

void ReasonHistogram::build(const LogStore &store, const RowPredicate &accept)
{
    clear();
    prepare(store);
    if (store.isTimeOrdered())
        countOrdered(store, visitAccepted(0, store.rowCount(), accept));
    else
        countUnordered(store, visitAccepted(0, store.rowCount(), accept));
    m_rowsSeen = store.rowCount();
    updateLevels();
}

void ReasonHistogram::build(const LogStore &store, const std::vector<uint32_t> &rows)
{
    clear();
    prepare(store);
    if (store.isTimeOrdered())
        countOrdered(store, visitList(rows));
    else
        countUnordered(store, visitList(rows));
    m_rowsSeen = store.rowCount();
    updateLevels();
}

void ReasonHistogram::buildFromCounts(const std::vector<Count> &counts, uint32_t reasonCount)
{
    clear();
    m_reasonTotals.assign(std::max<uint32_t>(reasonCount, 1), 0);
    m_scratch.assign(m_reasonTotals.size(), 0);
    if (m_runs.empty())
        m_runs.emplace_back();
    std::vector<uint32_t> touched;
    for (size_t i = 0; i < counts.size(); ++i) {
        const Count &c = counts[i];
        if (c.count > 0 && c.reason < m_scratch.size()) {
            if (m_scratch[c.reason] == 0)
                touched.push_back(c.reason);
            m_scratch[c.reason] += c.count;
        }
        const bool secondEnds = i + 1 == counts.size() || counts[i + 1].second != c.second;
        if (secondEnds && !touched.empty()) {
            addSecond(m_runs[0], c.second, touched);
            touched.clear();
        }
    }
    updateLevels();
}

bool ReasonHistogram::canAppend(const LogStore &store, size_t first) const
{
    // Rows that went missing or a reason column that appeared late: the counts cannot take
    // those in place.
    const bool sameColumn = m_rowsSeen == 0 || store.columnOf(LogField::Reason) == m_reasonColumn;
    return first == m_rowsSeen && sameColumn;
}

void ReasonHistogram::append(const LogStore &store, size_t first, const RowPredicate &accept,
                             size_t last)
{
    if (!canAppend(store, first)) {
        build(store, accept);
        return;
    }
    last = std::min(last, store.rowCount());
    if (!fitsRuns(store, visitAccepted(first, last, accept))) {
        build(store, accept);
        return;
    }
    prepare(store);
    countOrdered(store, visitAccepted(first, last, accept));
    m_rowsSeen = last;
    updateLevels();
}

bool ReasonHistogram::append(const LogStore &store, size_t first, const std::vector<uint32_t> &rows,
                             size_t last)
{
    if (!canAppend(store, first) || !fitsRuns(store, visitList(rows)))
        return false;
    prepare(store);
    countOrdered(store, visitList(rows));
    m_rowsSeen = std::min(last, store.rowCount());
    updateLevels();
    return true;
}

void ReasonHistogram::reserve(size_t rows)
{
    // Every second and every cell holds at least one row, so `rows` bounds both. Room that is
    // never used costs address space only: the pages are not touched.
    // Runs after the first get the same room: a second server's rows may be as many.
    m_reservedRows = rows;
    if (m_runs.empty())
        m_runs.emplace_back();
    for (Run &run : m_runs) {
        run.seconds.reserve(rows);
        run.offsets.reserve(rows + 1);
        run.cells.reserve(rows);
    }
}

std::vector<int64_t> ReasonHistogram::runEnds() const
{
    std::vector<int64_t> ends;
    for (const Run &run : m_runs)
        ends.push_back(run.seconds.empty() ? INT64_MIN : run.seconds.back());
    return ends;
}

int ReasonHistogram::runFor(const std::vector<int64_t> &ends, size_t current, int64_t t)
{
    if (current < ends.size() && t >= ends[current])
        return int(current);
    int best = -1;
    for (size_t r = 0; r < ends.size(); ++r) {
        if (ends[r] <= t && (best < 0 || ends[r] > ends[size_t(best)]))
            best = int(r);
    }
    if (best >= 0)
        return best;
    return ends.size() < MaxRuns ? int(ends.size()) : -1;
}

template <typename ForEach>
bool ReasonHistogram::fitsRuns(const LogStore &store, ForEach forEach) const
{
    // The same choices countOrdered() makes, on the runs' newest seconds only.
    std::vector<int64_t> ends = runEnds();
    size_t current = m_currentRun;
    bool fits = true;
    const std::vector<int64_t> &times = store.times();
    forEach([&](size_t row) {
        if (!fits)
            return;
        const int64_t t = times[row];
        const int run = runFor(ends, current, t);
        if (run < 0) {
            fits = false;
            return;
        }
        if (size_t(run) == ends.size())
            ends.push_back(t);
        current = size_t(run);
        ends[current] = t;
    });
    return fits;
}

void ReasonHistogram::reopen(Run &run, std::vector<uint32_t> &touched)
{
    const uint32_t begin = run.offsets[run.offsets.size() - 2];
    for (uint32_t c = begin; c < run.offsets.back(); ++c) {
        const Cell cell = run.cells[c];
        m_scratch[cell.reason] = cell.count;
        m_reasonTotals[cell.reason] -= cell.count;
        m_total -= cell.count;
        touched.push_back(cell.reason);
    }
    run.cells.resize(begin);
    run.offsets.pop_back();
    run.seconds.pop_back();
}

void ReasonHistogram::prepare(const LogStore &store)
{
    m_reasonColumn = store.columnOf(LogField::Reason);
    uint32_t reasons = m_reasonColumn >= 0
                           ? std::max<uint32_t>(store.column(size_t(m_reasonColumn)).pool.size(), 1)
                           : 1;
    if (m_key == Key::Server)
        reasons = uint32_t(std::max(store.fileSet().serverCount(), 1));
    if (m_reasonTotals.size() < reasons)
        m_reasonTotals.resize(reasons, 0);
    m_scratch.assign(reasons, 0);
}

template <typename ForEach>
void ReasonHistogram::countOrdered(const LogStore &store, ForEach forEach)
{
    // The second being counted stays open (its counts in m_scratch) until a row of another
    // second comes; a run's last second is re-opened when rows continue it.
    std::vector<int64_t> ends = runEnds();
    std::vector<uint32_t> touched;
    size_t run = m_currentRun;
    int64_t current = 0;
    bool open = false;
    const std::vector<int64_t> &times = store.times();
    forEach([&](size_t row) {
        const int64_t t = times[row];
        if (!open || t != current) {
            if (open) {
                addSecond(m_runs[run], current, touched);
                touched.clear();
            }
            run = size_t(runFor(ends, run, t)); // fitsRuns() made sure there is one
            if (run == m_runs.size()) {
                m_runs.emplace_back();
                ends.push_back(INT64_MIN);
                reserve(m_reservedRows);
            }
            Run &r = m_runs[run];
            if (!r.seconds.empty() && r.seconds.back() == t)
                reopen(r, touched);
            current = t;
            open = true;
            ends[run] = t;
        }
        const uint32_t reason = keyOf(store, row);
        if (m_scratch[reason]++ == 0)
            touched.push_back(reason);
    });
    if (open)
        addSecond(m_runs[run], current, touched);
    m_currentRun = run;
}

template <typename ForEach>
void ReasonHistogram::countUnordered(const LogStore &store, ForEach forEach)
{
    std::vector<std::pair<int64_t, uint32_t>> events;
    events.reserve(store.rowCount());
    forEach([&](size_t row) { events.emplace_back(store.time(row), keyOf(store, row)); });
    std::sort(events.begin(), events.end());
    if (m_runs.empty())
        m_runs.emplace_back();
    m_currentRun = 0;
    std::vector<uint32_t> touched;
    for (size_t i = 0; i < events.size(); ++i) {
        const auto [t, reason] = events[i];
        if (m_scratch[reason]++ == 0)
            touched.push_back(reason);
        if (i + 1 == events.size() || events[i + 1].first != t) {
            addSecond(m_runs[0], t, touched);
            touched.clear();
        }
    }
}

void ReasonHistogram::addSecond(Run &run, int64_t second, const std::vector<uint32_t> &reasons)
{
    run.seconds.push_back(second);
    for (const uint32_t reason : reasons) {
        const uint32_t n = m_scratch[reason];
        run.cells.push_back({reason, n});
        m_reasonTotals[reason] += n;
        m_total += n;
        m_scratch[reason] = 0;
    }
    run.offsets.push_back(uint32_t(run.cells.size()));
}

namespace {
int64_t floorDiv(int64_t a, int64_t b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}
} // namespace

void ReasonHistogram::updateLevels()
{
    for (Run &run : m_runs) {
        aggregate(run.seconds, run.offsets, run.cells, run.minutes);
        aggregate(run.minutes.starts, run.minutes.offsets, run.minutes.cells, run.hours);
    }
}

void ReasonHistogram::aggregate(const std::vector<int64_t> &starts,
                                const std::vector<uint32_t> &offsets,
                                const std::vector<Cell> &cells, Level &level) const
{
    // Every entry but the last is final: rows only arrive at its end, and counting again
    // re-opens at most the last second. So drop the last entry and add it again with what
    // followed it.
    if (!level.starts.empty()) {
        level.starts.pop_back();
        level.offsets.pop_back();
        level.cells.resize(level.offsets.back());
    }
    std::vector<uint32_t> sums(m_reasonTotals.size(), 0);
    std::vector<uint32_t> touched;
    auto close = [&](int64_t entry) {
        level.starts.push_back(entry * level.length);
        for (const uint32_t reason : touched) {
            level.cells.push_back({reason, sums[reason]});
            sums[reason] = 0;
        }
        level.offsets.push_back(uint32_t(level.cells.size()));
        touched.clear();
    };
    int64_t entry = 0;
    for (size_t i = level.from; i < starts.size(); ++i) {
        const int64_t e = floorDiv(starts[i], level.length);
        if (i > level.from && e != entry) {
            close(entry);
            level.from = i;
        }
        entry = e;
        for (uint32_t c = offsets[i]; c < offsets[i + 1]; ++c) {
            if (sums[cells[c].reason] == 0)
                touched.push_back(cells[c].reason);
            sums[cells[c].reason] += cells[c].count;
        }
    }
    if (level.from < starts.size())
        close(entry);
}

void ReasonHistogram::addTo(const Level &level, size_t first, const std::vector<int> &slotOf,
                            Bins &bins)
{
    const int64_t end = bins.origin + int64_t(bins.bucketCount) * bins.step;
    for (size_t i = first; i < level.starts.size() && level.starts[i] < end; ++i) {
        uint32_t *row = bins.counts.data()
                        + size_t((level.starts[i] - bins.origin) / bins.step) * bins.slotCount;
        for (uint32_t c = level.offsets[i]; c < level.offsets[i + 1]; ++c) {
            const Cell cell = level.cells[c];
            const int slot = cell.reason < slotOf.size() ? slotOf[cell.reason] : -1;
            if (slot >= 0)
                row[slot] += cell.count;
        }
    }
}

int64_t ReasonHistogram::firstTime() const
{
    int64_t first = INT64_MAX;
    for (const Run &run : m_runs) {
        if (!run.seconds.empty())
            first = std::min(first, run.seconds.front());
    }
    return first;
}

int64_t ReasonHistogram::lastTime() const
{
    int64_t last = INT64_MIN;
    for (const Run &run : m_runs) {
        if (!run.seconds.empty())
            last = std::max(last, run.seconds.back());
    }
    return last;
}

void ReasonHistogram::addTo(const Run &run, const std::vector<int> &slotOf, Bins &bins)
{
    // Buckets of whole hours or minutes: each hour or minute falls into one bucket.
    for (const Level *level : {&run.hours, &run.minutes}) {
        if (bins.step % level->length == 0 && bins.origin % level->length == 0) {
            const auto &starts = level->starts;
            addTo(*level,
                  size_t(std::lower_bound(starts.begin(), starts.end(), bins.origin)
                         - starts.begin()),
                  slotOf, bins);
            return;
        }
    }
    const int64_t end = bins.origin + int64_t(bins.bucketCount) * bins.step;
    for (size_t i = run.lowerIndex(bins.origin); i < run.seconds.size() && run.seconds[i] < end;
         ++i) {
        uint32_t *row = bins.counts.data()
                        + size_t((run.seconds[i] - bins.origin) / bins.step) * bins.slotCount;
        for (uint32_t c = run.offsets[i]; c < run.offsets[i + 1]; ++c) {
            const Cell cell = run.cells[c];
            const int slot = cell.reason < slotOf.size() ? slotOf[cell.reason] : -1;
            if (slot >= 0)
                row[slot] += cell.count;
        }
    }
}

ReasonHistogram::Bins ReasonHistogram::rebin(int64_t origin, int64_t step, size_t buckets,
                                             const std::vector<int> &slotOf,
                                             uint32_t slotCount) const
{
    Bins bins;
    bins.origin = origin;
    bins.step = std::max<int64_t>(step, 1);
    bins.bucketCount = buckets;
    bins.slotCount = slotCount;
    bins.counts.assign(buckets * slotCount, 0);
    for (const Run &run : m_runs)
        addTo(run, slotOf, bins);
    return bins;
}

template <typename Starts>
void ReasonHistogram::addToEdges(const Starts &starts, const std::vector<uint32_t> &offsets,
                                 const std::vector<Cell> &cells, const std::vector<int> &slotOf,
                                 Bins &bins)
{
    const std::vector<int64_t> &edges = bins.edges;
    size_t i =
        size_t(std::lower_bound(starts.begin(), starts.end(), edges.front()) - starts.begin());
    size_t bucket = 0;
    for (; i < starts.size() && starts[i] < edges.back(); ++i) {
        while (starts[i] >= edges[bucket + 1])
            ++bucket;
        uint32_t *row = bins.counts.data() + bucket * bins.slotCount;
        for (uint32_t c = offsets[i]; c < offsets[i + 1]; ++c) {
            const int slot = cells[c].reason < slotOf.size() ? slotOf[cells[c].reason] : -1;
            if (slot >= 0)
                row[slot] += cells[c].count;
        }
    }
}

ReasonHistogram::Bins ReasonHistogram::rebinEdges(const std::vector<int64_t> &edges,
                                                  const std::vector<int> &slotOf,
                                                  uint32_t slotCount) const
{
    Bins bins;
    if (edges.size() < 2)
        return bins;
    bins.origin = edges.front();
    bins.bucketCount = edges.size() - 1;
    bins.step = std::max<int64_t>((edges.back() - edges.front()) / int64_t(bins.bucketCount), 1);
    bins.slotCount = slotCount;
    bins.edges = edges;
    bins.counts.assign(bins.bucketCount * slotCount, 0);
    for (const Run &run : m_runs) {
        // Whole hours (or minutes) fall into one bucket when every edge is on one.
        const Level *level = nullptr;
        for (const Level *candidate : {&run.hours, &run.minutes}) {
            if (!level && std::all_of(edges.begin(), edges.end(), [candidate](int64_t e) {
                    return e % candidate->length == 0;
                }))
                level = candidate;
        }
        if (level)
            addToEdges(level->starts, level->offsets, level->cells, slotOf, bins);
        else
            addToEdges(run.seconds, run.offsets, run.cells, slotOf, bins);
    }
    return bins;
}

size_t ReasonHistogram::Bins::bucketOf(int64_t t) const
{
    if (bucketCount == 0 || t < origin)
        return bucketCount;
    if (edges.empty())
        return std::min(size_t((t - origin) / step), bucketCount);
    const auto it = std::upper_bound(edges.begin(), edges.end(), t);
    return it == edges.end() ? bucketCount : size_t(it - edges.begin()) - 1;
}

ReasonHistogram::Bins ReasonHistogram::rebin(int64_t origin, int64_t step, size_t buckets) const
{
    std::vector<int> identity(reasonCount());
    for (size_t r = 0; r < identity.size(); ++r)
        identity[r] = int(r);
    return rebin(origin, step, buckets, identity, reasonCount());
}

std::vector<uint32_t> ReasonHistogram::series(uint32_t reason, int64_t origin, int64_t step,
                                              size_t buckets) const
{
    std::vector<int> slotOf(reasonCount(), -1);
    if (reason < slotOf.size())
        slotOf[reason] = 0;
    return rebin(origin, step, buckets, slotOf, 1).counts;
}

uint64_t ReasonHistogram::count(uint32_t reason, int64_t from, int64_t to) const
{
    uint64_t sum = 0;
    for (const Run &run : m_runs) {
        for (size_t i = run.lowerIndex(from); i < run.seconds.size() && run.seconds[i] <= to; ++i) {
            for (uint32_t c = run.offsets[i]; c < run.offsets[i + 1]; ++c) {
                if (reason == AllReasons || run.cells[c].reason == reason)
                    sum += run.cells[c].count;
            }
        }
    }
    return sum;
}

bool ReasonHistogram::extent(uint32_t reason, int64_t from, int64_t to, int64_t &first,
                             int64_t &last) const
{
    bool found = false;
    for (const Run &run : m_runs) {
        auto has = [&run, reason](size_t i) {
            for (uint32_t c = run.offsets[i]; c < run.offsets[i + 1]; ++c) {
                if (reason == AllReasons || run.cells[c].reason == reason)
                    return true;
            }
            return false;
        };
        const size_t end = size_t(std::upper_bound(run.seconds.begin(), run.seconds.end(), to)
                                  - run.seconds.begin());
        size_t i = run.lowerIndex(from);
        while (i < end && !has(i))
            ++i;
        if (i == end)
            continue;
        size_t j = end - 1;
        while (j > i && !has(j))
            --j;
        first = found ? std::min(first, run.seconds[i]) : run.seconds[i];
        last = found ? std::max(last, run.seconds[j]) : run.seconds[j];
        found = true;
    }
    return found;
}
