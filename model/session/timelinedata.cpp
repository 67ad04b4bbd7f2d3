#include "timelinedata.h"

#include "logtablemodel.h"
#include "rowfilter.h"
#include "textdecode.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {
// While rows stream in, the chart is refreshed at most this often. Every m_timer->start()
// names its interval: a start(0) for "at once" would otherwise become the interval for good.
constexpr int CoalesceMs = 150;
// Counting stops after this long in one event and goes on in the next turn of the event loop;
// it looks at the clock after each slice of rows.
constexpr qint64 CountBudgetMs = 8;
constexpr size_t SliceRows = 1 << 16;
// A spike detection is done in the same event as the counting only while the two together
// stay under this; otherwise in an event of its own.
constexpr double EventBudgetMs = 12;
// While rows stream in, a detection that took longer than this is repeated at most once per
// DetectionSpacing times its own duration.
constexpr double SlowDetectionMs = 10;
constexpr double DetectionSpacing = 4;
} // namespace

TimelineData::TimelineData(LogTableModel *model, QObject *parent)
    : TimelineData(&model->store(), parent)
{
    m_timer->stop(); // the model's signals say when there is something to count
    connect(model, &LogTableModel::rowsAppended, this, &TimelineData::scheduleAppend);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        scheduleRebuild();
        if (!m_counted) // counts made elsewhere say themselves when the rows are others
            Q_EMIT rowsReplaced();
    });
    // A re-order at the end of a load (layoutChanged) moves rows but changes no count, and
    // the filter decides by value, not by position: nothing to recount, once every row was
    // counted. Rows not counted yet are no longer those past the counted ones: count anew.
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        const size_t rows = store().rowCount();
        const bool byServer = breakdown() == Breakdown::Server;
        if (!m_counted
            && (m_rebuild || m_histogram.rowsSeen() < rows
                || (byServer && m_servers.rowsSeen() < rows)))
            scheduleRebuild();
    });
}

TimelineData::TimelineData(const LogStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
    , m_detectTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { update(false); });
    m_detectTimer->setSingleShot(true);
    connect(m_detectTimer, &QTimer::timeout, this, &TimelineData::detectLater);
    m_timer->start(0); // counted on the first flush() or turn of the event loop
}

const LogStore &TimelineData::store() const
{
    return *m_store;
}

void TimelineData::setRowPredicate(const RowPredicate &accept)
{
    if (!accept) {
        setRowCollector({});
        return;
    }
    setRowCollector([accept](size_t first, size_t last, std::vector<uint32_t> &out) {
        for (size_t row = first; row < last; ++row) {
            if (accept(row))
                out.push_back(uint32_t(row));
        }
    });
}

void TimelineData::setRowCollector(const RowCollector &collect)
{
    m_followed.reset();
    m_collect = collect;
    m_rebuild = true;
    m_building.clear();
    m_buildingServers.clear();
    m_timer->start(0);
}

std::vector<uint32_t> TimelineData::collect(size_t first, size_t last) const
{
    std::vector<uint32_t> rows;
    m_collect(first, last, rows);
    return rows;
}

bool TimelineData::countSlices(bool all, const QElapsedTimer &spent)
{
    const LogStore &s = store();
    ReasonHistogram &target = m_rebuild ? m_building : m_histogram;
    ReasonHistogram &servers = m_rebuild ? m_buildingServers : m_servers;
    const bool byServer = breakdown() == Breakdown::Server;
    // Room for the rows the store expects (counting from nothing: at least those it has), so
    // the counts are not copied again and again as they grow. Only a reservation made up
    // front: reserving each update's exact size would copy them every time.
    for (ReasonHistogram *h : {&target, &servers}) {
        if (h == &servers && !byServer)
            continue;
        h->reserve(h->rowsSeen() == 0 ? std::max(s.reservedRows(), s.rowCount())
                                      : s.reservedRows());
    }
    while (target.rowsSeen() < s.rowCount() || (byServer && servers.rowsSeen() < s.rowCount())) {
        if (!all && spent.elapsed() >= CountBudgetMs)
            return false;
        const size_t first = std::min(target.rowsSeen(), byServer ? servers.rowsSeen() : SIZE_MAX);
        const size_t last = std::min(s.rowCount(), first + SliceRows);
        const std::vector<uint32_t> rows =
            m_collect ? collect(first, last) : std::vector<uint32_t>();
        for (ReasonHistogram *h : {&target, &servers}) {
            if ((h == &servers && !byServer) || h->rowsSeen() != first)
                continue;
            if (!m_collect)
                h->append(s, first, RowPredicate(), last);
            else if (!h->append(s, first, rows, last))
                h->build(s, collect(0, s.rowCount())); // a late reason column, shuffled rows
        }
    }
    if (m_rebuild) {
        m_histogram = std::move(m_building);
        m_building = ReasonHistogram(); // gives its memory back
        m_servers = std::move(m_buildingServers);
        m_buildingServers = ReasonHistogram(ReasonHistogram::Key::Server);
        m_reasonNames.clear(); // the store may hold other strings now
        m_rebuild = false;
    }
    return true;
}

void TimelineData::followFilter(const RowFilter &filter)
{
    FilterState counted = filter.state();
    counted.clear(FilterField::Time);
    if (counted != m_followed) {
        if (counted.isEmpty()) {
            setRowCollector({});
        } else {
            setRowCollector([&filter](size_t first, size_t last, std::vector<uint32_t> &out) {
                filter.collect(first, last, out, FilterField::Time);
            });
        }
        m_followed = counted;
    }
    const FilterState &state = filter.state();
    if (state.from || state.to) {
        setTimeRange({{state.from.value_or(std::numeric_limits<int64_t>::min()),
                       state.to.value_or(std::numeric_limits<int64_t>::max())}});
    } else {
        setTimeRange(std::nullopt);
    }
}

void TimelineData::setTimeRange(const std::optional<std::pair<int64_t, int64_t>> &range)
{
    if (range == m_timeRange)
        return;
    m_timeRange = range;
    Q_EMIT timeRangeChanged();
}

void TimelineData::setDetectAllReasons(bool all)
{
    if (all == m_allReasons)
        return;
    m_allReasons = all;
    detectSpikes();
    Q_EMIT countsChanged();
}

void TimelineData::setBreakdown(Breakdown breakdown)
{
    if (breakdown == m_breakdown)
        return;
    m_breakdown = breakdown;
    // Counted from the first row in the next turns of the event loop (a slice at a time, as
    // any count), or freed when going back to reasons.
    if (!m_counted) { // counts made elsewhere have both already
        m_servers = ReasonHistogram(ReasonHistogram::Key::Server);
        m_buildingServers = ReasonHistogram(ReasonHistogram::Key::Server);
        m_timer->start(0);
    }
    Q_EMIT countsChanged();
}

QString TimelineData::barName(uint32_t id) const
{
    return breakdown() == Breakdown::Server ? store().fileSet().serverName(id) : reasonName(id);
}

void TimelineData::scheduleAppend()
{
    if (!m_timer->isActive())
        m_timer->start(CoalesceMs);
}

void TimelineData::scheduleRebuild()
{
    m_rebuild = true;
    m_building.clear();
    m_buildingServers.clear();
    m_coverageStale = true;
    if (!m_timer->isActive())
        m_timer->start(CoalesceMs);
}

void TimelineData::flush()
{
    const bool detectionPending = m_detectTimer->isActive();
    if (m_timer->isActive()) {
        m_timer->stop();
        update(true);
    } else if (detectionPending) {
        m_detectTimer->stop();
        detectLater();
    }
}

void TimelineData::catchUp()
{
    m_catchingUp = true;
    m_timer->start(0);
}

void TimelineData::setCounted(ReasonHistogram reasons, ReasonHistogram servers,
                              std::vector<QString> reasonNames, bool fresh)
{
    m_counted = true;
    m_timer->stop();
    m_detectTimer->stop();
    m_histogram = std::move(reasons);
    m_servers = std::move(servers);
    m_reasonNames = std::move(reasonNames);
    m_gaps.clear();
    if (fresh)
        Q_EMIT rowsReplaced();
    detectSpikes();
    Q_EMIT countsChanged();
}

void TimelineData::clearCounted()
{
    if (!m_counted)
        return;
    m_counted = false;
    m_reasonNames.clear();
    m_servers = ReasonHistogram(ReasonHistogram::Key::Server);
    scheduleRebuild();
}

void TimelineData::update(bool now)
{
    if (m_counted)
        return; // the counts come from elsewhere
    QElapsedTimer spent;
    spent.start();
    const bool rebuilt = m_rebuild;
    if (!countSlices(now, spent)) {
        m_timer->start(0); // the rest in the next turns of the event loop
        return;
    }
    if (m_coverageStale)
        m_coverage.reset(); // rows were replaced or moved; a filter change keeps the coverage
    m_coverageStale = false;
    m_coverage.append(store());
    m_gaps = m_coverage.significantGaps();
    refreshReasonNames();
    if (now) {
        m_detectTimer->stop();
        detectSpikes();
    } else {
        detectSoon(rebuilt || m_catchingUp, double(spent.nsecsElapsed()) / 1e6);
    }
    m_catchingUp = false;
    Q_EMIT countsChanged();
}

void TimelineData::detectSoon(bool rebuilt, double spentMs)
{
    const bool fits = spentMs + m_detectMs <= EventBudgetMs;
    if (fits && (rebuilt || m_detectMs < SlowDetectionMs)) {
        m_detectTimer->stop();
        detectSpikes();
    } else if (rebuilt) {
        m_detectTimer->start(0); // the counts changed as a whole: their spikes right after
    } else if (!m_detectTimer->isActive()) {
        // Rows streamed in and detection is slow: show the counts now, the spikes soon after.
        m_detectTimer->start(int(m_detectMs * DetectionSpacing));
    }
}

void TimelineData::detectLater()
{
    detectSpikes();
    Q_EMIT countsChanged();
}

void TimelineData::refreshReasonNames()
{
    const int column = store().columnOf(LogField::Reason);
    const uint32_t size = column >= 0 ? store().column(size_t(column)).pool.size() : 0;
    if (size < m_reasonNames.size())
        m_reasonNames.clear();
    for (uint32_t id = uint32_t(m_reasonNames.size()); id < size; ++id) {
        m_reasonNames.push_back(
            id == 0 ? QStringLiteral("-")
                    : TextDecode::toQString(store().column(size_t(column)).pool.view(id)));
    }
}

QString TimelineData::reasonName(uint32_t reason) const
{
    return reason < m_reasonNames.size() ? m_reasonNames[reason] : QString();
}

int64_t TimelineData::reasonId(const QString &reason) const
{
    if (m_counted) {
        const auto at = std::find(m_reasonNames.begin(), m_reasonNames.end(), reason);
        return at == m_reasonNames.end() ? -1 : int64_t(at - m_reasonNames.begin());
    }
    const int column = store().columnOf(LogField::Reason);
    if (column < 0)
        return -1;
    return store().column(size_t(column)).pool.find(reason.toStdString());
}

void TimelineData::detectSpikes()
{
    std::vector<uint32_t> reasons;
    if (m_allReasons) {
        for (uint32_t r = 0; r < m_histogram.reasonCount(); ++r) {
            if (m_histogram.reasonTotal(r) > 0)
                reasons.push_back(r);
        }
    } else if (const int64_t dropped = droppedReason(); dropped >= 0) {
        reasons.push_back(uint32_t(dropped));
    }
    QElapsedTimer timer;
    timer.start();
    m_spikes = SpikeDetector::detect(m_histogram, reasons);
    m_detectMs = double(timer.nsecsElapsed()) / 1e6;
}

SpikeSummary TimelineData::summarize(size_t index) const
{
    if (index >= m_spikes.size())
        return {};
    if (m_counted)
        return summarizeCounted(m_spikes[index]);
    const Spike &spike = m_spikes[index];
    if (!m_collect)
        return SpikeSummary::compute(store(), m_histogram, spike);
    const std::vector<uint32_t> kept = keptAround(spike);
    return SpikeSummary::compute(store(), m_histogram, spike, [&kept](size_t row) {
        return std::binary_search(kept.begin(), kept.end(), uint32_t(row));
    });
}

std::vector<uint32_t> TimelineData::keptAround(const Spike &spike) const
{
    // Only the rows around the spike need judging.
    const std::vector<int64_t> &times = store().times();
    size_t first = 0;
    size_t last = times.size();
    if (store().isTimeOrdered()) {
        first = size_t(std::lower_bound(times.begin(), times.end(), spike.start) - times.begin());
        last = size_t(std::upper_bound(times.begin(), times.end(), spike.end) - times.begin());
    }
    return m_collect ? collect(first, last) : std::vector<uint32_t>();
}

SpikeSummary TimelineData::summarizeCounted(const Spike &counted) const
{
    // The counts are the database's; the values and servers come from the rows the store
    // holds of the spike (all of them unless the fetch stopped at its limit before it).
    Spike spike = counted;
    const int column = store().columnOf(LogField::Reason);
    const int64_t id =
        column < 0
            ? -1
            : store().column(size_t(column)).pool.find(reasonName(counted.reason).toStdString());
    spike.reason = uint32_t(std::max<int64_t>(id, 0));
    const std::vector<uint32_t> kept = keptAround(spike);
    SpikeSummary s =
        SpikeSummary::compute(store(), ReasonHistogram(), spike, [&kept, id, this](size_t row) {
            return id >= 0
                   && (!m_collect || std::binary_search(kept.begin(), kept.end(), uint32_t(row)));
        });
    s.spike = counted;
    s.reason = reasonName(counted.reason);
    s.totalRows = m_histogram.total();
    s.rowsInWindow = m_histogram.count(ReasonHistogram::AllReasons, counted.start, counted.end);
    return s;
}
