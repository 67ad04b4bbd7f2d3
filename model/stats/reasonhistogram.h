#pragma once

#include "logstore.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <vector>

// Which store rows to count: returns true for a row to keep. An empty predicate keeps all.
using RowPredicate = std::function<bool(size_t row)>;

// Rows per second per reason id, kept sparse (only seconds that have rows), so the chart can
// re-bin any visible range to any bucket size in one pass over the seconds in that range.
// Built from the store's integer times and interned reason ids; never touches QString.
// Rows are counted in the order they come, which is time order within each file but not
// across the files of several servers: rows older than what is counted start a second run
// (up to MaxRuns), counted in place like the first, and every answer adds up the runs.
class ReasonHistogram
{
public:
    // What a row is counted under: its reason id (the default), or its server id (the
    // timeline's "By server"; the "reason" of every method below is then a server id).
    enum class Key : uint8_t { Reason, Server };

    explicit ReasonHistogram(Key key = Key::Reason)
        : m_key(key)
    {}
    Key key() const { return m_key; }

    // Counts of one re-binning: bucket b covers [origin + b*step, origin + (b+1)*step).
    struct Bins
    {
        int64_t origin = 0;
        int64_t step = 1;
        size_t bucketCount = 0;
        uint32_t slotCount = 0;
        std::vector<uint32_t> counts; // bucket-major: counts[b * slotCount + slot]
        // Buckets of calendar months: bucket b is [edges[b], edges[b + 1]) (step is then only
        // a nominal size). Empty for buckets of `step` seconds each.
        std::vector<int64_t> edges;

        uint32_t at(size_t bucket, uint32_t slot) const
        {
            return counts[bucket * slotCount + slot];
        }
        uint64_t bucketTotal(size_t bucket) const;
        int64_t bucketStart(size_t bucket) const
        {
            return edges.empty() ? origin + int64_t(bucket) * step : edges[bucket];
        }
        int64_t bucketEnd(size_t bucket) const
        {
            return edges.empty() ? bucketStart(bucket) + step : edges[bucket + 1];
        }
        // The bucket holding second `t`, or bucketCount when none does.
        size_t bucketOf(int64_t t) const;
    };

    // Counts the rows of `store` that `accept` keeps (all when empty).
    void build(const LogStore &store, const RowPredicate &accept = {});
    // Rows already counted elsewhere: what a database answers to GROUP BY second, reason.
    struct Count
    {
        int64_t second;
        uint32_t reason; // below the reasonCount given to buildFromCounts
        uint32_t count;
    };
    // Takes counts in ascending seconds (each reason at most once per second); reason ids are
    // the caller's, from 0 to reasonCount - 1.
    void buildFromCounts(const std::vector<Count> &counts, uint32_t reasonCount);
    // Counts only `rows` (store rows in ascending order).
    void build(const LogStore &store, const std::vector<uint32_t> &rows);
    // Adds rows [first, last) counted by the same rules (up to store.rowCount() when `last` is
    // beyond it), so a long store can be counted a slice at a time. Cheap while the rows fit
    // in at most MaxRuns runs in time order; falls back to a full rebuild otherwise.
    void append(const LogStore &store, size_t first, const RowPredicate &accept = {},
                size_t last = SIZE_MAX);
    // Adds `rows` (ascending, all in [first, last)) to the count; rows before `last` are seen
    // after it. Returns false, changing nothing, when that cannot be done in place (rows
    // older than the counted ones, a gap since the last call): then build() again.
    bool append(const LogStore &store, size_t first, const std::vector<uint32_t> &rows,
                size_t last = SIZE_MAX);
    // Makes room for the counts of `rows` rows, so that counting them as they stream in never
    // copies what is counted to grow it (at millions of rows such a copy stalls the caller).
    void reserve(size_t rows);
    void clear();

    // Rows counted so far (kept ones) and rows of the store looked at.
    uint64_t total() const { return m_total; }
    size_t rowsSeen() const { return m_rowsSeen; }
    bool isEmpty() const { return m_total == 0; }
    // The first and last second with a row (only when not empty).
    int64_t firstTime() const;
    int64_t lastTime() const;
    // Runs in time order the rows were counted in (1 for a store in time order).
    size_t runCount() const { return m_runs.size(); }
    // Reason ids run from 0 to reasonCount() - 1 (the store's reason pool when built).
    uint32_t reasonCount() const { return uint32_t(m_reasonTotals.size()); }
    uint64_t reasonTotal(uint32_t reason) const
    {
        return reason < m_reasonTotals.size() ? m_reasonTotals[reason] : 0;
    }

    // Re-bins [origin, origin + buckets*step) with every reason mapped to a slot by
    // `slotOf[reason]` (reasons beyond its size or mapped to -1 are dropped).
    Bins rebin(int64_t origin, int64_t step, size_t buckets, const std::vector<int> &slotOf,
               uint32_t slotCount) const;
    // The same with one slot per reason id.
    Bins rebin(int64_t origin, int64_t step, size_t buckets) const;
    // Re-bins into buckets of uneven length (calendar months): bucket b is
    // [edges[b], edges[b + 1]); `edges` ascending, at least two.
    Bins rebinEdges(const std::vector<int64_t> &edges, const std::vector<int> &slotOf,
                    uint32_t slotCount) const;
    // Counts of one reason per bucket.
    std::vector<uint32_t> series(uint32_t reason, int64_t origin, int64_t step,
                                 size_t buckets) const;
    // Rows of `reason` with from <= time <= to (all reasons when reason is AllReasons).
    uint64_t count(uint32_t reason, int64_t from, int64_t to) const;
    // The first and last second in [from, to] with a row of `reason`; false when there is none.
    bool extent(uint32_t reason, int64_t from, int64_t to, int64_t &first, int64_t &last) const;

    static constexpr uint32_t AllReasons = UINT32_MAX;
    // More runs than this (rows from more servers, or shuffled rows) are counted all at once.
    static constexpr size_t MaxRuns = 16;

private:
    struct Cell
    {
        uint32_t reason;
        uint32_t count;
    };

    // Rows per minute and per hour, derived from the seconds after each count: a re-binning
    // into whole minutes or hours reads one entry per minute or hour instead of one per second
    // (a long log is re-binned on every refresh while it loads, which would stall the window).
    struct Level
    {
        int64_t length = 0;               // seconds per entry
        std::vector<int64_t> starts;      // ascending
        std::vector<uint32_t> offsets{0}; // cells of entry i: [offsets[i], offsets[i + 1])
        std::vector<Cell> cells;
        size_t from = 0; // the first finer entry of the last (maybe unfinished) entry
    };

    // Rows that came in time order: seconds, their cells and the minutes and hours over them.
    struct Run
    {
        std::vector<int64_t> seconds;     // distinct seconds with rows, ascending
        std::vector<uint32_t> offsets{0}; // cells of second i: [offsets[i], offsets[i + 1])
        std::vector<Cell> cells;
        Level minutes{60, {}, {0}, {}, 0};
        Level hours{3600, {}, {0}, {}, 0};

        size_t lowerIndex(int64_t t) const;
        void clear();
    };

    bool canAppend(const LogStore &store, size_t first) const;
    // Brings the minutes and hours up to date with the seconds counted since the last call.
    void updateLevels();
    // Adds the finer entries from `level.from` on to `level`, whose last entry is re-made.
    void aggregate(const std::vector<int64_t> &starts, const std::vector<uint32_t> &offsets,
                   const std::vector<Cell> &cells, Level &level) const;
    // Adds the entries of `level` from `first` on to `bins`.
    static void addTo(const Level &level, size_t first, const std::vector<int> &slotOf, Bins &bins);
    static void addTo(const Run &run, const std::vector<int> &slotOf, Bins &bins);
    // The same for buckets of uneven length: entries are walked in order beside the edges.
    template <typename Starts>
    static void addToEdges(const Starts &starts, const std::vector<uint32_t> &offsets,
                           const std::vector<Cell> &cells, const std::vector<int> &slotOf,
                           Bins &bins);
    void prepare(const LogStore &store);
    // The id a row is counted under (see Key).
    uint32_t keyOf(const LogStore &store, size_t row) const
    {
        if (m_key == Key::Server)
            return std::min<uint32_t>(store.serverOf(row), uint32_t(m_scratch.size()) - 1);
        return m_reasonColumn >= 0 ? store.id(size_t(m_reasonColumn), row) : 0;
    }
    void addSecond(Run &run, int64_t second, const std::vector<uint32_t> &reasons);
    // Takes the last second of `run` back into the scratch counts, to be continued.
    void reopen(Run &run, std::vector<uint32_t> &touched);
    // The newest second of every run (INT64_MIN for an empty one).
    std::vector<int64_t> runEnds() const;
    // The run a row of time `t` joins: `current` while t is not older than its newest second,
    // else the run whose newest second is the latest one not after t, else a new run (its
    // index is ends.size()); -1 when that would make more than MaxRuns.
    static int runFor(const std::vector<int64_t> &ends, size_t current, int64_t t);
    // Whether the rows `forEach` visits fit into the runs (no change to the counts).
    template <typename ForEach> bool fitsRuns(const LogStore &store, ForEach forEach) const;
    // Count the rows `forEach` visits (it calls its argument with each store row).
    template <typename ForEach> void countOrdered(const LogStore &store, ForEach forEach);
    template <typename ForEach> void countUnordered(const LogStore &store, ForEach forEach);

    Key m_key = Key::Reason;
    std::vector<Run> m_runs;
    size_t m_currentRun = 0; // the run the last counted row went to
    size_t m_reservedRows = 0;
    std::vector<uint64_t> m_reasonTotals;
    uint64_t m_total = 0;
    size_t m_rowsSeen = 0;
    int m_reasonColumn = -1;
    std::vector<uint32_t> m_scratch; // per-reason counts of the second being added
};
