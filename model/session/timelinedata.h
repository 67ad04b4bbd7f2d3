#pragma once

#include "filecoverage.h"
#include "filterstate.h"
#include "reasonhistogram.h"
#include "spikedetector.h"
#include "spikesummary.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class LogTableModel;
class QElapsedTimer;
class QTimer;
class RowFilter;

// Appends the store rows of [first, last) to count to `out`, in ascending order (for example
// RowFilter::collect, which is much faster than asking row by row).
using RowCollector = std::function<void(size_t first, size_t last, std::vector<uint32_t> &out)>;

// The counts behind the timeline: a per-reason histogram of the rows the current filter keeps
// (every filter but the time range) and the spikes found in it. Follows the table model as
// rows stream in, coalescing updates, and recounts when the row predicate changes.
// GUI thread; the work is a pass over integer columns (no item model access), done a slice
// per turn of the event loop so that millions of rows never stall the window. A recount goes
// to a second histogram that replaces the shown one when it is complete.
class TimelineData : public QObject
{
    Q_OBJECT
public:
    explicit TimelineData(LogTableModel *model, QObject *parent = nullptr);
    // Counts a store that does not change (a report's rows, a command line's load); `store`
    // must outlive this object. Call setRowCollector() or flush() before reading the counts.
    explicit TimelineData(const LogStore *store, QObject *parent = nullptr);

    const LogStore &store() const;
    const ReasonHistogram &histogram() const { return m_histogram; }
    // What the bars are stacked by: reasons, or the servers the rows came from.
    enum class Breakdown : uint8_t { Reason, Server };
    // The breakdown in effect: By server only while there are two or more servers.
    Breakdown breakdown() const
    {
        return m_breakdown == Breakdown::Server && store().fileSet().serverCount() >= 2
                   ? Breakdown::Server
                   : Breakdown::Reason;
    }
    // The counts the bars show: per reason (histogram()), or per server id with By server.
    const ReasonHistogram &bars() const
    {
        return breakdown() == Breakdown::Server ? m_servers : m_histogram;
    }
    // The name of a bar id: a reason's text, or a server's name.
    QString barName(uint32_t id) const;
    // The bar id of Connection_Dropped (the red one at the bottom), -1 when none or By server.
    int64_t droppedBar() const { return breakdown() == Breakdown::Server ? -1 : droppedReason(); }
    const std::vector<Spike> &spikes() const { return m_spikes; }
    // Stretches of time no loaded file has rows for (over all rows, whatever the filter).
    const std::vector<FileCoverage::Span> &coverageGaps() const { return m_gaps; }
    // The text of a reason id ("-" for the empty id).
    QString reasonName(uint32_t reason) const;
    // The id of a reason text, or -1 when no row has it.
    int64_t reasonId(const QString &reason) const;
    // The reason of Connection_Dropped, or -1 when no row has it.
    int64_t droppedReason() const { return reasonId(QStringLiteral("Connection_Dropped")); }

    const std::optional<std::pair<int64_t, int64_t>> &timeRange() const { return m_timeRange; }
    bool detectsAllReasons() const { return m_allReasons; }
    // Summary of spike `index` over the rows the predicate keeps.
    SpikeSummary summarize(size_t index) const;

    // Counts made elsewhere (a database's GROUP BY over all its rows, while the store holds
    // only some of them): shown in place of the store's until clearCounted(); reason ids are
    // indexes into `reasonNames`, server ids the store's. The filter's time range is still
    // followed; the store's rows are no longer counted. `fresh`: other rows than before
    // (rowsReplaced() is emitted; a filter change's new counts keep the zoom).
    void setCounted(ReasonHistogram reasons, ReasonHistogram servers,
                    std::vector<QString> reasonNames, bool fresh);
    // Back to counting the store's rows.
    void clearCounted();
    bool isCounted() const { return m_counted; }

public Q_SLOTS:
    // Counts only rows `accept` keeps (all rows when empty). Call it whenever the filter
    // (without its time range) changes.
    void setRowPredicate(const RowPredicate &accept);
    // The same with a collector of accepted rows (the faster way; empty counts all rows).
    void setRowCollector(const RowCollector &collect);
    // Follows `filter` (which must outlive this object): counts the rows every criterion but
    // the time range keeps (recounting only when those criteria changed) and shades the time
    // range. Call it after each filter change.
    void followFilter(const RowFilter &filter);
    // The time filter [from, to] in UTC seconds to show as a band, or none.
    void setTimeRange(const std::optional<std::pair<int64_t, int64_t>> &range);
    // Looks for spikes in every reason, not just Connection_Dropped.
    void setDetectAllReasons(bool all);
    // Stacks the bars by reason or by server (counts the rows per server too, from now on).
    void setBreakdown(Breakdown breakdown);
    // Does any pending update now instead of waiting for the coalescing timer.
    void flush();
    // Counts what is left and detects spikes soon, without flush()'s one long step: for the
    // end of a load, when no more rows are coming and the window must stay responsive.
    void catchUp();

Q_SIGNALS:
    // The histogram and spikes were recomputed.
    void countsChanged();
    // The time range to shade changed.
    void timeRangeChanged();
    // The table's rows were replaced (other files opened): what was shown of the old ones, a
    // zoom or a selected spike, means nothing now. countsChanged() follows once counted.
    void rowsReplaced();

private:
    void scheduleAppend();
    void scheduleRebuild();
    // Counts what changed; with `now`, also detects spikes at once (else maybe a little later).
    void update(bool now);
    void detectSpikes();
    // Detects spikes and tells: the deferred second half of an update while rows stream in.
    void detectLater();
    void refreshReasonNames();
    // Counts the rows not yet counted, a slice at a time, until `spent` passes the budget
    // (unless `all`). True when everything is counted.
    bool countSlices(bool all, const QElapsedTimer &spent);
    // Detects spikes now, or in an event of its own when this one has done enough.
    void detectSoon(bool rebuilt, double spentMs);
    std::vector<uint32_t> collect(size_t first, size_t last) const;
    // The rows the predicate keeps around `spike` (empty without a predicate).
    std::vector<uint32_t> keptAround(const Spike &spike) const;
    SpikeSummary summarizeCounted(const Spike &counted) const;

    const LogStore *m_store;
    QTimer *m_timer;
    QTimer *m_detectTimer;       // a detection put off while rows stream in
    double m_detectMs = 0;       // how long the last detection took
    RowCollector m_collect;      // empty: every row counts
    ReasonHistogram m_histogram; // what is shown
    ReasonHistogram m_building;  // a recount in progress (m_rebuild), shown when complete
    // The same per server while the bars are By server (spikes stay those of the reasons).
    ReasonHistogram m_servers{ReasonHistogram::Key::Server};
    ReasonHistogram m_buildingServers{ReasonHistogram::Key::Server};
    Breakdown m_breakdown = Breakdown::Reason;
    std::vector<Spike> m_spikes;
    FileCoverage m_coverage;
    std::vector<FileCoverage::Span> m_gaps;
    std::vector<QString> m_reasonNames;
    std::optional<std::pair<int64_t, int64_t>> m_timeRange;
    std::optional<FilterState> m_followed; // the criteria counted (time range left out)
    bool m_allReasons = false;
    bool m_rebuild = true;
    bool m_catchingUp = false; // catchUp() was called; detect without delay once counted
    bool m_coverageStale = true;
    bool m_counted = false; // setCounted(): the counts come from elsewhere
};
