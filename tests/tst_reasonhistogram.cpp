#include "reasonhistogram.h"
#include "syntheticlog.h"

#include <QtTest>

using Synthetic::Day0;
using Synthetic::Event;

namespace {
uint32_t idOf(const LogStore &store, const char *reason)
{
    const int c = store.columnOf(LogField::Reason);
    return uint32_t(store.column(size_t(c)).pool.find(reason));
}

// Counts the rows of `store` that `keep` keeps `slice` rows at a time, as the timeline does,
// by predicate or (`asRowList`) by the list of kept rows. False when a list was refused.
bool appendInSlices(ReasonHistogram &h, const LogStore &store, size_t slice, bool asRowList,
                    const RowPredicate &keep)
{
    while (h.rowsSeen() < store.rowCount()) {
        const size_t first = h.rowsSeen();
        const size_t last = std::min(store.rowCount(), first + slice);
        if (!asRowList) {
            h.append(store, first, keep, last);
            continue;
        }
        std::vector<uint32_t> rows;
        for (size_t row = first; row < last; ++row) {
            if (keep(row))
                rows.push_back(uint32_t(row));
        }
        if (!h.append(store, first, rows, last))
            return false;
    }
    return true;
}

// Six rows over three seconds and two reasons, plus one far later.
std::vector<Event> smallLog()
{
    return {{Day0 + 0, "A"},  {Day0 + 0, "B"},  {Day0 + 0, "A"},   {Day0 + 59, "B"},
            {Day0 + 60, "A"}, {Day0 + 61, "A"}, {Day0 + 3600, "C"}};
}

// Counts per bucket and reason the slow, obvious way.
std::vector<uint32_t> naive(const std::vector<Event> &events, const LogStore &store,
                            const std::string &reason, int64_t origin, int64_t step, size_t buckets)
{
    std::vector<uint32_t> counts(buckets, 0);
    (void)store;
    for (const Event &e : events) {
        if (e.reason != reason || e.time < origin)
            continue;
        const size_t b = size_t((e.time - origin) / step);
        if (b < buckets)
            ++counts[b];
    }
    return counts;
}
} // namespace

class TestReasonHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStore();
    void exactCounts();
    void rebin_data();
    void rebin();
    void rebinMatchesNaiveCount_data();
    void rebinMatchesNaiveCount();
    void slotMapping();
    void countAndExtent();
    void predicate();
    void appendEqualsBuild();
    void appendContinuesLastSecond();
    void appendInSlicesEqualsBuild_data();
    void appendInSlicesEqualsBuild();
    void appendedMinutesMatchNaiveCount_data();
    void appendedMinutesMatchNaiveCount();
    void unorderedEqualsOrdered();
    void appendOutOfOrderEqualsBuild_data();
    void appendOutOfOrderEqualsBuild();
    void noReasonColumn();
};

void TestReasonHistogram::emptyStore()
{
    LogStore store;
    ReasonHistogram h;
    h.build(store);
    QVERIFY(h.isEmpty());
    QCOMPARE(h.total(), uint64_t(0));
    const ReasonHistogram::Bins bins = h.rebin(Day0, 60, 3);
    QCOMPARE(bins.bucketCount, size_t(3));
    QCOMPARE(bins.bucketTotal(0), uint64_t(0));
}

void TestReasonHistogram::exactCounts()
{
    LogStore store;
    Synthetic::append(store, smallLog());
    ReasonHistogram h;
    h.build(store);
    QCOMPARE(h.total(), uint64_t(7));
    QCOMPARE(h.rowsSeen(), size_t(7));
    QCOMPARE(h.firstTime(), Day0);
    QCOMPARE(h.lastTime(), Day0 + 3600);
    QCOMPARE(h.reasonTotal(idOf(store, "A")), uint64_t(4));
    QCOMPARE(h.reasonTotal(idOf(store, "B")), uint64_t(2));
    QCOMPARE(h.reasonTotal(idOf(store, "C")), uint64_t(1));
    QCOMPARE(h.reasonTotal(0), uint64_t(0));
    QCOMPARE(h.reasonTotal(999), uint64_t(0));
}

void TestReasonHistogram::rebin_data()
{
    QTest::addColumn<qint64>("origin");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<QList<uint>>("a");
    QTest::addColumn<QList<uint>>("b");
    QTest::newRow("1 s, first 3 s")
        << qint64(Day0) << qint64(1) << 3 << QList<uint>{2, 0, 0} << QList<uint>{1, 0, 0};
    QTest::newRow("1 min") << qint64(Day0) << qint64(60) << 3 << QList<uint>{2, 2, 0}
                           << QList<uint>{2, 0, 0};
    QTest::newRow("2 min") << qint64(Day0) << qint64(120) << 2 << QList<uint>{4, 0}
                           << QList<uint>{2, 0};
    QTest::newRow("shifted origin")
        << qint64(Day0 + 30) << qint64(30) << 2 << QList<uint>{0, 2} << QList<uint>{1, 0};
    QTest::newRow("origin before data")
        << qint64(Day0 - 60) << qint64(60) << 3 << QList<uint>{0, 2, 2} << QList<uint>{0, 2, 0};
    QTest::newRow("1 h") << qint64(Day0) << qint64(3600) << 2 << QList<uint>{4, 0}
                         << QList<uint>{2, 0};
}

void TestReasonHistogram::rebin()
{
    QFETCH(qint64, origin);
    QFETCH(qint64, step);
    QFETCH(int, buckets);
    QFETCH(QList<uint>, a);
    QFETCH(QList<uint>, b);
    LogStore store;
    Synthetic::append(store, smallLog());
    ReasonHistogram h;
    h.build(store);
    const ReasonHistogram::Bins bins = h.rebin(origin, step, size_t(buckets));
    QCOMPARE(bins.origin, origin);
    QCOMPARE(bins.step, step);
    QCOMPARE(bins.bucketCount, size_t(buckets));
    QCOMPARE(bins.slotCount, h.reasonCount());
    for (int i = 0; i < buckets; ++i) {
        QCOMPARE(bins.at(size_t(i), idOf(store, "A")), a[i]);
        QCOMPARE(bins.at(size_t(i), idOf(store, "B")), b[i]);
    }
    QCOMPARE(bins.bucketStart(1), origin + step);
}

void TestReasonHistogram::rebinMatchesNaiveCount_data()
{
    QTest::addColumn<qint64>("step");
    QTest::newRow("1 s") << qint64(1);
    QTest::newRow("7 s") << qint64(7);
    QTest::newRow("1 min") << qint64(60);
    QTest::newRow("15 min") << qint64(900);
    QTest::newRow("1 d") << qint64(86400);
}

void TestReasonHistogram::rebinMatchesNaiveCount()
{
    QFETCH(qint64, step);
    const auto events =
        Synthetic::merged({Synthetic::spread("Connection_Dropped", Day0, 86400, 3000, 1),
                           Synthetic::spread("Timer_ConnectionIdle", Day0, 86400, 20000, 2),
                           Synthetic::spread("QueueFull", Day0 + 40000, 600, 500, 3)});
    LogStore store;
    Synthetic::append(store, events);
    ReasonHistogram h;
    h.build(store);
    const int64_t origin = Day0 + 1000;
    const size_t buckets = size_t(80000 / step) + 1;
    for (const std::string reason : {"Connection_Dropped", "Timer_ConnectionIdle", "QueueFull"}) {
        const std::vector<uint32_t> expected = naive(events, store, reason, origin, step, buckets);
        QCOMPARE(h.series(idOf(store, reason.c_str()), origin, step, buckets), expected);
    }
}

void TestReasonHistogram::slotMapping()
{
    LogStore store;
    Synthetic::append(store, smallLog());
    ReasonHistogram h;
    h.build(store);
    // A and C share slot 1, B is dropped.
    std::vector<int> slotOf(h.reasonCount(), -1);
    slotOf[idOf(store, "A")] = 1;
    slotOf[idOf(store, "C")] = 1;
    const ReasonHistogram::Bins bins = h.rebin(Day0, 3600, 2, slotOf, 2);
    QCOMPARE(bins.slotCount, uint32_t(2));
    QCOMPARE(bins.at(0, 0), uint32_t(0));
    QCOMPARE(bins.at(0, 1), uint32_t(4));
    QCOMPARE(bins.at(1, 1), uint32_t(1));
    QCOMPARE(bins.bucketTotal(0), uint64_t(4));
    // A mapping shorter than the reason count drops the rest.
    const ReasonHistogram::Bins none = h.rebin(Day0, 3600, 2, {}, 1);
    QCOMPARE(none.bucketTotal(0) + none.bucketTotal(1), uint64_t(0));
}

void TestReasonHistogram::countAndExtent()
{
    LogStore store;
    Synthetic::append(store, smallLog());
    ReasonHistogram h;
    h.build(store);
    const uint32_t a = idOf(store, "A");
    QCOMPARE(h.count(a, Day0, Day0 + 60), uint64_t(3));
    QCOMPARE(h.count(ReasonHistogram::AllReasons, Day0, Day0 + 59), uint64_t(4));
    QCOMPARE(h.count(ReasonHistogram::AllReasons, Day0, Day0 + 3600), uint64_t(7));
    int64_t first = 0;
    int64_t last = 0;
    QVERIFY(h.extent(a, Day0 + 1, Day0 + 4000, first, last));
    QCOMPARE(first, Day0 + 60);
    QCOMPARE(last, Day0 + 61);
    QVERIFY(h.extent(idOf(store, "B"), Day0, Day0 + 100, first, last));
    QCOMPARE(first, Day0);
    QCOMPARE(last, Day0 + 59);
    QVERIFY(!h.extent(idOf(store, "C"), Day0, Day0 + 3599, first, last));
}

void TestReasonHistogram::predicate()
{
    LogStore store;
    Synthetic::append(store, smallLog());
    ReasonHistogram h;
    h.build(store, [](size_t row) { return row % 2 == 0; }); // rows 0, 2, 4, 6
    QCOMPARE(h.total(), uint64_t(4));
    QCOMPARE(h.reasonTotal(idOf(store, "A")), uint64_t(3));
    QCOMPARE(h.reasonTotal(idOf(store, "B")), uint64_t(0));
    QCOMPARE(h.reasonTotal(idOf(store, "C")), uint64_t(1));
    QCOMPARE(h.rowsSeen(), size_t(7));
}

void TestReasonHistogram::appendEqualsBuild()
{
    const auto events = Synthetic::merged(
        {Synthetic::spread("A", Day0, 7200, 5000, 4), Synthetic::spread("B", Day0, 7200, 3000, 5)});
    LogStore store;
    ReasonHistogram streamed;
    auto keep = [](size_t row) { return row % 3 != 0; };
    // Batches of uneven size, as the loader delivers them.
    size_t at = 0;
    for (const size_t size : {1, 999, 2500, 4000, 500}) {
        const std::vector<Event> part(events.begin() + long(at),
                                      events.begin() + long(std::min(at + size, events.size())));
        at += size;
        const size_t first = store.rowCount();
        Synthetic::append(store, part);
        streamed.append(store, first, keep);
    }
    QCOMPARE(store.rowCount(), size_t(8000));
    ReasonHistogram built;
    built.build(store, keep);
    QCOMPARE(streamed.total(), built.total());
    const auto s = streamed.rebin(Day0, 1, 7200);
    const auto b = built.rebin(Day0, 1, 7200);
    QCOMPARE(s.counts, b.counts);
}

void TestReasonHistogram::appendInSlicesEqualsBuild_data()
{
    QTest::addColumn<size_t>("slice");
    QTest::addColumn<bool>("filtered");
    QTest::newRow("one row at a time") << size_t(1) << false;
    QTest::newRow("uneven slices") << size_t(333) << false;
    QTest::newRow("one slice") << size_t(100000) << false;
    QTest::newRow("uneven slices, row list") << size_t(333) << true;
    QTest::newRow("one row at a time, row list") << size_t(1) << true;
}

void TestReasonHistogram::appendInSlicesEqualsBuild()
{
    // A store counted a slice at a time from an empty histogram, as the timeline does while
    // it keeps the window responsive, ends with the same counts as one build.
    QFETCH(size_t, slice);
    QFETCH(bool, filtered);
    const auto events = Synthetic::merged(
        {Synthetic::spread("A", Day0, 7200, 5000, 4), Synthetic::spread("B", Day0, 7200, 3000, 5)});
    LogStore store;
    Synthetic::append(store, events);
    auto keep = [](size_t row) { return row % 3 != 0; };
    ReasonHistogram sliced;
    sliced.reserve(store.rowCount());
    QVERIFY(appendInSlices(sliced, store, slice, filtered, keep));
    QCOMPARE(sliced.rowsSeen(), size_t(8000));
    ReasonHistogram built;
    built.build(store, keep);
    QCOMPARE(sliced.total(), built.total());
    QCOMPARE(sliced.total(), uint64_t(5333));
    QCOMPARE(sliced.reasonTotal(idOf(store, "A")), built.reasonTotal(idOf(store, "A")));
    QCOMPARE(sliced.rebin(Day0, 1, 7200).counts, built.rebin(Day0, 1, 7200).counts);
    QCOMPARE(sliced.rebin(Day0, 60, 120).counts, built.rebin(Day0, 60, 120).counts);
    QCOMPARE(sliced.rebin(Day0, 3600, 2).counts, built.rebin(Day0, 3600, 2).counts);
}

void TestReasonHistogram::appendContinuesLastSecond()
{
    LogStore store;
    Synthetic::append(store, {{Day0, "A"}, {Day0 + 1, "A"}});
    ReasonHistogram h;
    h.build(store);
    Synthetic::append(store, {{Day0 + 1, "A"}, {Day0 + 1, "B"}, {Day0 + 2, "B"}});
    h.append(store, 2);
    QCOMPARE(h.total(), uint64_t(5));
    const ReasonHistogram::Bins bins = h.rebin(Day0, 1, 3);
    QCOMPARE(bins.at(1, idOf(store, "A")), uint32_t(2));
    QCOMPARE(bins.at(1, idOf(store, "B")), uint32_t(1));
    QCOMPARE(bins.at(2, idOf(store, "B")), uint32_t(1));
    QCOMPARE(h.reasonTotal(idOf(store, "A")), uint64_t(3));
}

void TestReasonHistogram::appendedMinutesMatchNaiveCount_data()
{
    // Buckets of whole minutes are counted from the per-minute level, which each append updates.
    QTest::addColumn<qint64>("origin");
    QTest::addColumn<qint64>("step");
    QTest::newRow("1 min") << qint64(Day0) << qint64(60);
    QTest::newRow("5 min, origin before data") << qint64(Day0 - 600) << qint64(300);
    QTest::newRow("1 h") << qint64(Day0) << qint64(3600);
    QTest::newRow("1 min, origin inside data") << qint64(Day0 + 1800) << qint64(60);
    QTest::newRow("90 s (not whole minutes)") << qint64(Day0) << qint64(90);
}

void TestReasonHistogram::appendedMinutesMatchNaiveCount()
{
    QFETCH(qint64, origin);
    QFETCH(qint64, step);
    const auto events = Synthetic::merged({Synthetic::spread("A", Day0, 7200, 5000, 6),
                                           Synthetic::spread("B", Day0 + 60, 3000, 3000, 7),
                                           Synthetic::spread("C", Day0 + 3599, 2, 40, 8)});
    LogStore store;
    ReasonHistogram streamed;
    // Batch ends fall inside seconds and minutes, so appends re-open both.
    size_t at = 0;
    for (const size_t size : {1, 7, 992, 2500, 13, 4000, 527}) {
        const std::vector<Event> part(events.begin() + long(at),
                                      events.begin() + long(std::min(at + size, events.size())));
        at += size;
        const size_t first = store.rowCount();
        Synthetic::append(store, part);
        streamed.append(store, first);
    }
    QCOMPARE(store.rowCount(), events.size());
    ReasonHistogram built;
    built.build(store);
    const size_t buckets = size_t((Day0 + 7200 - origin) / step) + 2;
    for (const std::string reason : {"A", "B", "C"}) {
        const std::vector<uint32_t> expected = naive(events, store, reason, origin, step, buckets);
        const uint32_t id = idOf(store, reason.c_str());
        QCOMPARE(streamed.series(id, origin, step, buckets), expected);
        QCOMPARE(built.series(id, origin, step, buckets), expected);
    }
}

void TestReasonHistogram::appendOutOfOrderEqualsBuild_data()
{
    QTest::addColumn<int>("servers"); // files of the same hours, appended one after the other
    QTest::addColumn<size_t>("slice");
    QTest::addColumn<bool>("filtered");
    QTest::addColumn<size_t>("runs"); // runs the streamed counts end with
    QTest::newRow("one server") << 1 << size_t(700) << false << size_t(1);
    QTest::newRow("two servers") << 2 << size_t(700) << false << size_t(2);
    QTest::newRow("two servers, row list") << 2 << size_t(333) << true << size_t(2);
    QTest::newRow("three servers, one slice each") << 3 << size_t(100000) << false << size_t(3);
    QTest::newRow("more servers than runs: counted at once")
        << int(ReasonHistogram::MaxRuns) + 1 << size_t(500) << false << size_t(1);
}

void TestReasonHistogram::appendOutOfOrderEqualsBuild()
{
    // A web farm's bundle: each server's file in time order, the files overlapping in time.
    // Streamed in slices, the counts end as a build of the whole store ends.
    QFETCH(int, servers);
    QFETCH(size_t, slice);
    QFETCH(bool, filtered);
    QFETCH(size_t, runs);
    LogStore store;
    for (int s = 0; s < servers; ++s) {
        Synthetic::append(
            store, Synthetic::merged({Synthetic::spread("A", Day0, 7200, 600, 10 + s),
                                      Synthetic::spread("B", Day0 + 60, 3600, 300, 20 + s)}));
    }
    auto keep = [](size_t row) { return row % 4 != 1; };
    ReasonHistogram streamed;
    QVERIFY(appendInSlices(streamed, store, slice, filtered, keep));
    QCOMPARE(streamed.runCount(), runs);
    ReasonHistogram built;
    built.build(store, keep);
    QCOMPARE(built.runCount(), size_t(1));
    QCOMPARE(streamed.total(), built.total());
    QCOMPARE(streamed.total(), uint64_t(servers * 900 * 3 / 4));
    QCOMPARE(streamed.firstTime(), built.firstTime());
    QCOMPARE(streamed.lastTime(), built.lastTime());
    const uint32_t b = idOf(store, "B");
    QCOMPARE(streamed.reasonTotal(b), built.reasonTotal(b));
    QCOMPARE(streamed.rebin(Day0, 1, 7200).counts, built.rebin(Day0, 1, 7200).counts);
    QCOMPARE(streamed.rebin(Day0 + 7, 13, 600).counts, built.rebin(Day0 + 7, 13, 600).counts);
    QCOMPARE(streamed.rebin(Day0, 60, 120).counts, built.rebin(Day0, 60, 120).counts);
    QCOMPARE(streamed.rebin(Day0, 3600, 2).counts, built.rebin(Day0, 3600, 2).counts);
    QCOMPARE(streamed.count(b, Day0 + 100, Day0 + 2000), built.count(b, Day0 + 100, Day0 + 2000));
    int64_t sf = 0, sl = 0, bf = 0, bl = 0;
    QCOMPARE(streamed.extent(b, Day0 + 500, Day0 + 3000, sf, sl),
             built.extent(b, Day0 + 500, Day0 + 3000, bf, bl));
    QCOMPARE(sf, bf);
    QCOMPARE(sl, bl);
}

void TestReasonHistogram::unorderedEqualsOrdered()
{
    auto events = Synthetic::merged(
        {Synthetic::spread("A", Day0, 3600, 2000, 6), Synthetic::spread("B", Day0, 3600, 2000, 7)});
    LogStore ordered;
    Synthetic::append(ordered, events);
    // The same rows as two overlapping files: later half first.
    LogStore shuffled;
    Synthetic::append(shuffled, std::vector<Event>(events.begin() + 2000, events.end()));
    Synthetic::append(shuffled, std::vector<Event>(events.begin(), events.begin() + 2000));
    QVERIFY(!shuffled.isTimeOrdered());
    ReasonHistogram a;
    a.build(ordered);
    ReasonHistogram b;
    b.build(shuffled);
    QCOMPARE(b.total(), a.total());
    // Reason ids may differ between the stores; compare by name.
    for (const char *reason : {"A", "B"}) {
        QCOMPARE(b.series(idOf(shuffled, reason), Day0, 1, 3600),
                 a.series(idOf(ordered, reason), Day0, 1, 3600));
    }
    // Appending to an unordered store rebuilds and stays exact.
    Synthetic::append(shuffled, {{Day0 + 10, "A"}});
    b.append(shuffled, 4000);
    QCOMPARE(b.total(), a.total() + 1);
}

void TestReasonHistogram::noReasonColumn()
{
    LogStore store;
    LogBatch batch;
    batch.times = {Day0, Day0 + 1};
    batch.lines = {1, 2};
    const size_t c = batch.columnFor(LogField::ClientIp, "c-ip");
    batch.columns[c].ids = {batch.columns[c].pool.intern("1.2.3.4"), 0};
    store.append(batch);
    ReasonHistogram h;
    h.build(store);
    QCOMPARE(h.total(), uint64_t(2));
    QCOMPARE(h.reasonCount(), uint32_t(1));
    QCOMPARE(h.reasonTotal(0), uint64_t(2));
}

QTEST_GUILESS_MAIN(TestReasonHistogram)
#include "tst_reasonhistogram.moc"
