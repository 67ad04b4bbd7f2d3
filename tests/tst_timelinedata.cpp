#include "logtablemodel.h"
#include "rowfilter.h"
#include "syntheticlog.h"
#include "timelinedata.h"

#include <QSignalSpy>
#include <QtTest>

using Synthetic::Day0;
using Synthetic::Event;

namespace {
std::vector<Event> dayWithBursts()
{
    return Synthetic::merged({Synthetic::spread("Connection_Dropped", Day0, 86400, 100, 1),
                              Synthetic::spread("Timer_ConnectionIdle", Day0, 86400, 5000, 2),
                              Synthetic::spread("Connection_Dropped", Day0 + 7200, 60, 300, 3),
                              Synthetic::spread("QueueFull", Day0 + 50000, 60, 200, 4)});
}

void appendInBatches(LogTableModel &model, const std::vector<Event> &events, size_t size)
{
    for (size_t at = 0; at < events.size(); at += size) {
        model.appendBatch(Synthetic::batchOf(std::vector<Event>(
            events.begin() + long(at), events.begin() + long(std::min(at + size, events.size())))));
    }
}
} // namespace

class TestTimelineData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsStreamingRows();
    void coalescesBatches();
    void predicateRecounts();
    void timeRange();
    void allReasons();
    void resetClears();
    void summarize();
    void followsRowFilter();
    void catchUpCountsEverything();
    void recountReplacesCountsWhenComplete();
    void reorderKeepsCounts();
    void reorderBeforeAllCounted();
    void byServer();
};

void TestTimelineData::followsStreamingRows()
{
    LogTableModel model;
    TimelineData data(&model);
    QSignalSpy counts(&data, &TimelineData::countsChanged);
    const auto events = dayWithBursts();
    appendInBatches(model, events, 1000);
    QVERIFY(counts.wait(2000));
    data.flush();
    QCOMPARE(data.histogram().total(), uint64_t(events.size()));
    QCOMPARE(data.spikes().size(), size_t(1));
    QCOMPARE(data.reasonName(data.spikes()[0].reason), QStringLiteral("Connection_Dropped"));
    QVERIFY(data.droppedReason() >= 0);
    QCOMPARE(data.reasonId(QStringLiteral("QueueFull")),
             int64_t(model.store()
                         .column(size_t(model.store().columnOf(LogField::Reason)))
                         .pool.find("QueueFull")));
    QCOMPARE(data.reasonId(QStringLiteral("NoSuchReason")), int64_t(-1));
}

void TestTimelineData::coalescesBatches()
{
    LogTableModel model;
    TimelineData data(&model);
    QSignalSpy counts(&data, &TimelineData::countsChanged);
    appendInBatches(model, dayWithBursts(), 100); // 56 batches in one go
    QCOMPARE(counts.count(), 0);                  // nothing until the timer fires
    QVERIFY(counts.wait(2000));
    QCOMPARE(counts.count(), 1);
    data.flush(); // nothing pending: no extra signal
    QCOMPARE(counts.count(), 1);
}

void TestTimelineData::predicateRecounts()
{
    LogTableModel model;
    TimelineData data(&model);
    const auto events = dayWithBursts();
    appendInBatches(model, events, 5000);
    QSignalSpy counts(&data, &TimelineData::countsChanged);
    const LogStore &store = model.store();
    const int reason = store.columnOf(LogField::Reason);
    const uint32_t idle = uint32_t(store.column(size_t(reason)).pool.find("Timer_ConnectionIdle"));
    data.setRowPredicate(
        [&store, reason, idle](size_t row) { return store.id(size_t(reason), row) == idle; });
    data.flush();
    QCOMPARE(counts.count(), 1);
    QCOMPARE(data.histogram().total(), uint64_t(5000));
    QCOMPARE(data.spikes().size(), size_t(0)); // the Connection_Dropped burst is filtered out
    data.setRowPredicate({});
    data.flush();
    QCOMPARE(data.histogram().total(), uint64_t(events.size()));
    QCOMPARE(data.spikes().size(), size_t(1));
}

void TestTimelineData::timeRange()
{
    LogTableModel model;
    TimelineData data(&model);
    QSignalSpy changed(&data, &TimelineData::timeRangeChanged);
    data.setTimeRange({{Day0, Day0 + 59}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(data.timeRange()->first, Day0);
    data.setTimeRange({{Day0, Day0 + 59}});
    QCOMPARE(changed.count(), 1);
    data.setTimeRange(std::nullopt);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!data.timeRange());
}

void TestTimelineData::allReasons()
{
    LogTableModel model;
    TimelineData data(&model);
    appendInBatches(model, dayWithBursts(), 5000);
    data.flush();
    QCOMPARE(data.spikes().size(), size_t(1));
    QSignalSpy counts(&data, &TimelineData::countsChanged);
    data.setDetectAllReasons(true);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(data.spikes().size(), size_t(2));
    QCOMPARE(data.reasonName(data.spikes()[0].reason), QStringLiteral("Connection_Dropped"));
    QCOMPARE(data.reasonName(data.spikes()[1].reason), QStringLiteral("QueueFull"));
}

void TestTimelineData::resetClears()
{
    LogTableModel model;
    TimelineData data(&model);
    appendInBatches(model, dayWithBursts(), 5000);
    data.flush();
    model.reset();
    data.flush();
    QVERIFY(data.histogram().isEmpty());
    QVERIFY(data.spikes().empty());
    // A new load after the reset: new reason ids, new names.
    appendInBatches(model, {{Day0, "Verb"}, {Day0 + 1, "URL"}}, 10);
    data.flush();
    QCOMPARE(data.histogram().total(), uint64_t(2));
    QCOMPARE(data.reasonName(uint32_t(data.reasonId(QStringLiteral("URL")))),
             QStringLiteral("URL"));
}

void TestTimelineData::summarize()
{
    LogTableModel model;
    TimelineData data(&model);
    appendInBatches(model, dayWithBursts(), 5000);
    data.flush();
    const SpikeSummary s = data.summarize(0);
    QCOMPARE(s.reason, QStringLiteral("Connection_Dropped"));
    QVERIFY(s.spike.count >= 300);
    QCOMPARE(data.summarize(5).reason, QString());
}

void TestTimelineData::followsRowFilter()
{
    LogTableModel model;
    TimelineData data(&model);
    const auto events = dayWithBursts();
    appendInBatches(model, events, 5000);
    data.flush();

    FilterState state;
    state.reasons = QStringList{QStringLiteral("Connection_Dropped")};
    state.from = Day0 + 3600;
    state.to = Day0 + 10799;
    RowFilter filter(state);
    filter.attach(&model.store());
    QSignalSpy counts(&data, &TimelineData::countsChanged);
    QSignalSpy range(&data, &TimelineData::timeRangeChanged);
    data.followFilter(filter);
    data.flush();
    // Every Connection_Dropped row counts, not only those in the time range, which is shaded.
    QCOMPARE(data.histogram().total(), uint64_t(400));
    QCOMPARE(data.spikes().size(), size_t(1));
    QCOMPARE(range.count(), 1);
    QCOMPARE(data.timeRange()->first, Day0 + 3600);
    QCOMPARE(data.timeRange()->second, Day0 + 10799);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(data.summarize(0).spike.count, data.spikes()[0].count);

    // Only the time range moves: no recount, only the band.
    state.from = Day0;
    filter = RowFilter(state);
    filter.attach(&model.store());
    data.followFilter(filter);
    data.flush();
    QCOMPARE(counts.count(), 1);
    QCOMPARE(range.count(), 2);
    state.to.reset();
    filter = RowFilter(state);
    filter.attach(&model.store());
    data.followFilter(filter);
    QCOMPARE(data.timeRange()->second, std::numeric_limits<int64_t>::max());

    // Rows arriving later are counted through the filter too.
    appendInBatches(model, {{Day0 + 86000, "Connection_Dropped"}, {Day0 + 86001, "QueueFull"}}, 10);
    data.flush();
    QCOMPARE(data.histogram().total(), uint64_t(401));

    // No criterion left but time: every row counts again.
    state.reasons.clear();
    filter = RowFilter(state);
    filter.attach(&model.store());
    data.followFilter(filter);
    data.flush();
    QCOMPARE(data.histogram().total(), uint64_t(events.size() + 2));
}

void TestTimelineData::catchUpCountsEverything()
{
    // More rows than one slice: catchUp() counts them over several turns of the event loop
    // and ends where flush() ends in one go.
    const auto events =
        Synthetic::merged({Synthetic::spread("Timer_ConnectionIdle", Day0, 86400, 250000, 6),
                           Synthetic::spread("Connection_Dropped", Day0 + 7200, 60, 3000, 7)});
    LogTableModel model;
    TimelineData stepped(&model);
    TimelineData atOnce(&model);
    appendInBatches(model, events, 50000);
    QSignalSpy counts(&stepped, &TimelineData::countsChanged);
    stepped.catchUp();
    QVERIFY(counts.wait(5000));
    QCOMPARE(stepped.histogram().total(), uint64_t(253000));
    QCOMPARE(stepped.histogram().rowsSeen(), size_t(253000));
    atOnce.flush();
    QCOMPARE(atOnce.histogram().total(), uint64_t(253000));
    QCOMPARE(atOnce.spikes().size(), size_t(1));
    QTRY_COMPARE(stepped.spikes().size(), size_t(1));
    QCOMPARE(stepped.spikes()[0].start, atOnce.spikes()[0].start);
    QCOMPARE(stepped.spikes()[0].end, atOnce.spikes()[0].end);
    QCOMPARE(stepped.spikes()[0].count, atOnce.spikes()[0].count);
    QCOMPARE(stepped.histogram().rebin(Day0, 60, 1440).counts,
             atOnce.histogram().rebin(Day0, 60, 1440).counts);
}

void TestTimelineData::recountReplacesCountsWhenComplete()
{
    LogTableModel model;
    TimelineData data(&model);
    const auto events = dayWithBursts();
    appendInBatches(model, events, 5000);
    data.flush();
    const LogStore &store = model.store();
    const int reason = store.columnOf(LogField::Reason);
    const uint32_t idle = uint32_t(store.column(size_t(reason)).pool.find("Timer_ConnectionIdle"));
    data.setRowPredicate(
        [&store, reason, idle](size_t row) { return store.id(size_t(reason), row) == idle; });
    // Until the recount is done the chart goes on showing the old counts, never a part.
    QCOMPARE(data.histogram().total(), uint64_t(events.size()));
    QSignalSpy counts(&data, &TimelineData::countsChanged);
    QVERIFY(counts.wait(2000));
    QCOMPARE(data.histogram().total(), uint64_t(5000));
    // When the recount used up the event's budget (a loaded machine, a sanitizer build) the
    // spikes follow in an event of their own, announced by a second countsChanged().
    QTRY_COMPARE(data.spikes().size(), size_t(0));
}

void TestTimelineData::reorderKeepsCounts()
{
    // Two servers' rows of the same day, put in time order when the load ends: the counts
    // taken as the rows came are those of the ordered rows, with no recount.
    LogTableModel model;
    TimelineData data(&model);
    const auto first = dayWithBursts();
    const auto second = Synthetic::merged({Synthetic::spread("QueueFull", Day0, 86400, 2000, 8)});
    appendInBatches(model, first, 5000);
    appendInBatches(model, second, 5000);
    data.flush();
    QVERIFY(!model.store().isTimeOrdered());
    QCOMPARE(data.histogram().runCount(), size_t(2));
    QSignalSpy counts(&data, &TimelineData::countsChanged);
    model.finishLoading();
    QTest::qWait(200);
    QCOMPARE(counts.count(), 0);
    ReasonHistogram ordered;
    ordered.build(model.store());
    QCOMPARE(data.histogram().total(), ordered.total());
    QCOMPARE(data.histogram().rebin(Day0, 60, 1440).counts, ordered.rebin(Day0, 60, 1440).counts);
    QCOMPARE(data.spikes().size(), size_t(1));
}

void TestTimelineData::reorderBeforeAllCounted()
{
    // The second server's rows arrive after the first's were counted and are put in time
    // order before they are counted themselves: the rows past the counted ones are others
    // then, so everything is counted anew (counting on from the old position counted some
    // rows twice and missed others, with the right total).
    LogTableModel model;
    TimelineData data(&model);
    appendInBatches(model, dayWithBursts(), 5000);
    data.flush();
    appendInBatches(
        model, Synthetic::merged({Synthetic::spread("QueueFull", Day0, 86400, 2000, 8)}), 5000);
    model.finishLoading();
    QVERIFY(model.store().isTimeOrdered());
    data.flush();
    ReasonHistogram ordered;
    ordered.build(model.store());
    QCOMPARE(data.histogram().total(), ordered.total());
    for (uint32_t r = 0; r < ordered.reasonCount(); ++r)
        QCOMPARE(data.histogram().reasonTotal(r), ordered.reasonTotal(r));
    QCOMPARE(data.histogram().rebin(Day0, 60, 1440).counts, ordered.rebin(Day0, 60, 1440).counts);
}

void TestTimelineData::byServer()
{
    // Three servers' files over the same day: WEB01 has the bursts, WEB02 idle connections,
    // WEB03 a queue that filled up.
    const std::vector<Event> web01 = dayWithBursts();
    const std::vector<Event> web02 =
        Synthetic::spread("Timer_ConnectionIdle", Day0, 86400, 2000, 7);
    const std::vector<Event> web03 = Synthetic::spread("QueueFull", Day0 + 3600, 600, 500, 8);
    LogTableModel model;
    model.setFileSet(
        LogFileSet::build({QStringLiteral("/farm")}, {QStringLiteral("/farm/WEB01/httperr1.log"),
                                                      QStringLiteral("/farm/WEB02/httperr1.log"),
                                                      QStringLiteral("/farm/WEB03/httperr1.log")}));
    TimelineData data(&model);
    auto append = [&model](const std::vector<Event> &events, int32_t file) {
        for (size_t at = 0; at < events.size(); at += 700) {
            LogBatch b = Synthetic::batchOf(
                std::vector<Event>(events.begin() + long(at),
                                   events.begin() + long(std::min(at + 700, events.size()))));
            b.fileIndex = file;
            model.appendBatch(b);
        }
    };
    append(web01, 0);
    data.flush();
    // Chosen while rows stream in: the servers are counted from the first row on.
    data.setBreakdown(TimelineData::Breakdown::Server);
    append(web02, 1);
    append(web03, 2);
    data.flush();
    QCOMPARE(data.breakdown(), TimelineData::Breakdown::Server);
    const ReasonHistogram &bars = data.bars();
    QCOMPARE(bars.reasonCount(), 3u);
    QCOMPARE(bars.reasonTotal(0), uint64_t(web01.size()));
    QCOMPARE(bars.reasonTotal(1), uint64_t(web02.size()));
    QCOMPARE(bars.reasonTotal(2), uint64_t(web03.size()));
    QCOMPARE(bars.total(), data.histogram().total());
    QCOMPARE(data.barName(2), QStringLiteral("WEB03"));
    QCOMPARE(data.droppedBar(), int64_t(-1));
    // The spikes are still the reasons' (the burst in WEB01).
    QCOMPARE(data.spikes().size(), size_t(1));
    QCOMPARE(data.reasonName(data.spikes()[0].reason), QStringLiteral("Connection_Dropped"));

    // The bars follow the filter like the reasons do.
    FilterState state;
    state.reasons = QStringList{QStringLiteral("QueueFull")};
    RowFilter filter(state);
    filter.attach(&model.store());
    data.followFilter(filter);
    data.flush();
    const uint64_t queueFull = uint64_t(std::count_if(
        web01.begin(), web01.end(), [](const Event &e) { return e.reason == "QueueFull"; }));
    QCOMPARE(data.bars().reasonTotal(0), queueFull);
    QCOMPARE(data.bars().reasonTotal(1), uint64_t(0));
    QCOMPARE(data.bars().reasonTotal(2), uint64_t(web03.size()));

    // Back to reasons; and one server is no breakdown at all.
    data.setBreakdown(TimelineData::Breakdown::Reason);
    QCOMPARE(&data.bars(), &data.histogram());
    data.setBreakdown(TimelineData::Breakdown::Server);
    model.setFileSet(LogFileSet::fromFiles({QStringLiteral("/farm/WEB01/httperr1.log")}));
    QCOMPARE(data.breakdown(), TimelineData::Breakdown::Reason);
    QVERIFY(data.droppedBar() >= 0);
}

QTEST_GUILESS_MAIN(TestTimelineData)
#include "tst_timelinedata.moc"
