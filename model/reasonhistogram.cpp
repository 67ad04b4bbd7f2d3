#include "reasonhistogram.h"

#include <algorithm>

uint64_t ReasonHistogram::Bins::bucketTotal(size_t bucket) const
{
    uint64_t sum = 0;
    for (uint32_t s = 0; s < slotCount; ++s)
        sum += at(bucket, s);
    return sum;
}

void ReasonHistogram::clear()
{
    m_seconds.clear();
    m_offsets.assign(1, 0);
    m_cells.clear();
    m_reasonTotals.clear();
    m_scratch.clear();
    m_minutes = {60, {}, {0}, {}, 0};
    m_hours = {3600, {}, {0}, {}, 0};
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

bool ReasonHistogram::canAppend(const LogStore &store, size_t first) const
{
    // Rows that went missing, a reason column that appeared late or rows older than what is
    // counted: the sparse layout cannot take those in place.
    const bool sameColumn = m_rowsSeen == 0 || store.columnOf(LogField::Reason) == m_reasonColumn;
    return first == m_rowsSeen && sameColumn && store.isTimeOrdered();
}

void ReasonHistogram::append(const LogStore &store, size_t first, const RowPredicate &accept,
                             size_t last)
{
    if (!canAppend(store, first)) {
        build(store, accept);
        return;
    }
    last = std::min(last, store.rowCount());
    prepare(store);
    countOrdered(store, visitAccepted(first, last, accept));
    m_rowsSeen = last;
    updateLevels();
}

bool ReasonHistogram::append(const LogStore &store, size_t first, const std::vector<uint32_t> &rows,
                             size_t last)
{
    if (!canAppend(store, first))
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
    m_seconds.reserve(rows);
    m_offsets.reserve(rows + 1);
    m_cells.reserve(rows);
}

void ReasonHistogram::prepare(const LogStore &store)
{
    m_reasonColumn = store.columnOf(LogField::Reason);
    const uint32_t reasons =
        m_reasonColumn >= 0
            ? std::max<uint32_t>(store.column(size_t(m_reasonColumn)).pool.size(), 1)
            : 1;
    if (m_reasonTotals.size() < reasons)
        m_reasonTotals.resize(reasons, 0);
    m_scratch.assign(reasons, 0);
}

template <typename ForEach>
void ReasonHistogram::countOrdered(const LogStore &store, ForEach forEach)
{
    // Re-open the last second: the new rows may continue it.
    std::vector<uint32_t> touched;
    int64_t current = 0;
    bool open = false;
    if (!m_seconds.empty()) {
        current = m_seconds.back();
        open = true;
        for (uint32_t c = m_offsets[m_offsets.size() - 2]; c < m_offsets.back(); ++c) {
            m_scratch[m_cells[c].reason] = m_cells[c].count;
            m_reasonTotals[m_cells[c].reason] -= m_cells[c].count;
            m_total -= m_cells[c].count;
            touched.push_back(m_cells[c].reason);
        }
        m_cells.resize(m_offsets[m_offsets.size() - 2]);
        m_offsets.pop_back();
        m_seconds.pop_back();
    }
    const std::vector<int64_t> &times = store.times();
    const int column = m_reasonColumn;
    forEach([&](size_t row) {
        const int64_t t = times[row];
        if (open && t != current) {
            addSecond(current, touched);
            touched.clear();
        }
        current = t;
        open = true;
        const uint32_t reason = column >= 0 ? store.id(size_t(column), row) : 0;
        if (m_scratch[reason]++ == 0)
            touched.push_back(reason);
    });
    if (open)
        addSecond(current, touched);
}

template <typename ForEach>
void ReasonHistogram::countUnordered(const LogStore &store, ForEach forEach)
{
    std::vector<std::pair<int64_t, uint32_t>> events;
    events.reserve(store.rowCount());
    forEach([&](size_t row) {
        events.emplace_back(store.time(row),
                            m_reasonColumn >= 0 ? store.id(size_t(m_reasonColumn), row) : 0);
    });
    std::sort(events.begin(), events.end());
    std::vector<uint32_t> touched;
    for (size_t i = 0; i < events.size(); ++i) {
        const auto [t, reason] = events[i];
        if (m_scratch[reason]++ == 0)
            touched.push_back(reason);
        if (i + 1 == events.size() || events[i + 1].first != t) {
            addSecond(t, touched);
            touched.clear();
        }
    }
}

void ReasonHistogram::addSecond(int64_t second, const std::vector<uint32_t> &reasons)
{
    m_seconds.push_back(second);
    for (const uint32_t reason : reasons) {
        const uint32_t n = m_scratch[reason];
        m_cells.push_back({reason, n});
        m_reasonTotals[reason] += n;
        m_total += n;
        m_scratch[reason] = 0;
    }
    m_offsets.push_back(uint32_t(m_cells.size()));
}

namespace {
int64_t floorDiv(int64_t a, int64_t b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}
} // namespace

void ReasonHistogram::updateLevels()
{
    aggregate(m_seconds, m_offsets, m_cells, m_minutes);
    aggregate(m_minutes.starts, m_minutes.offsets, m_minutes.cells, m_hours);
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

size_t ReasonHistogram::lowerIndex(int64_t t) const
{
    return size_t(std::lower_bound(m_seconds.begin(), m_seconds.end(), t) - m_seconds.begin());
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
    // Buckets of whole hours or minutes: each hour or minute falls into one bucket.
    for (const Level *level : {&m_hours, &m_minutes}) {
        if (bins.step % level->length == 0 && origin % level->length == 0) {
            const auto &starts = level->starts;
            addTo(*level,
                  size_t(std::lower_bound(starts.begin(), starts.end(), origin) - starts.begin()),
                  slotOf, bins);
            return bins;
        }
    }
    const int64_t end = origin + int64_t(buckets) * bins.step;
    for (size_t i = lowerIndex(origin); i < m_seconds.size() && m_seconds[i] < end; ++i) {
        uint32_t *row =
            bins.counts.data() + size_t((m_seconds[i] - origin) / bins.step) * slotCount;
        for (uint32_t c = m_offsets[i]; c < m_offsets[i + 1]; ++c) {
            const Cell cell = m_cells[c];
            const int slot = cell.reason < slotOf.size() ? slotOf[cell.reason] : -1;
            if (slot >= 0)
                row[slot] += cell.count;
        }
    }
    return bins;
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
    for (size_t i = lowerIndex(from); i < m_seconds.size() && m_seconds[i] <= to; ++i) {
        for (uint32_t c = m_offsets[i]; c < m_offsets[i + 1]; ++c) {
            if (reason == AllReasons || m_cells[c].reason == reason)
                sum += m_cells[c].count;
        }
    }
    return sum;
}

bool ReasonHistogram::extent(uint32_t reason, int64_t from, int64_t to, int64_t &first,
                             int64_t &last) const
{
    auto has = [this, reason](size_t i) {
        for (uint32_t c = m_offsets[i]; c < m_offsets[i + 1]; ++c) {
            if (reason == AllReasons || m_cells[c].reason == reason)
                return true;
        }
        return false;
    };
    const size_t begin = lowerIndex(from);
    const size_t end =
        size_t(std::upper_bound(m_seconds.begin(), m_seconds.end(), to) - m_seconds.begin());
    size_t i = begin;
    while (i < end && !has(i))
        ++i;
    if (i == end)
        return false;
    size_t j = end - 1;
    while (j > i && !has(j))
        --j;
    first = m_seconds[i];
    last = m_seconds[j];
    return true;
}
