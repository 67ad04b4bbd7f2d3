#include "spikedetector.h"
#include "syntheticlog.h"

#include <QtTest>

using Synthetic::Day0;
using Synthetic::Event;

namespace {
using Runs = std::vector<SpikeDetector::Run>;

// Adds `rows` spread evenly over buckets [first, last] of `counts`.
void inject(std::vector<uint32_t> &counts, size_t first, size_t last, uint32_t rows)
{
    const size_t n = last - first + 1;
    for (size_t b = first; b <= last; ++b)
        counts[b] += rows / uint32_t(n) + (b - first < rows % n ? 1 : 0);
}

std::vector<Spike> detectIn(const std::vector<Event> &events, const char *reason)
{
    LogStore store;
    Synthetic::append(store, events);
    ReasonHistogram h;
    h.build(store);
    const int c = store.columnOf(LogField::Reason);
    const int64_t id = store.column(size_t(c)).pool.find(reason);
    return id < 0 ? std::vector<Spike>{} : SpikeDetector::detect(h, uint32_t(id));
}
} // namespace

class TestSpikeDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flatNoiseHasNoSpike_data();
    void flatNoiseHasNoSpike();
    void oneBurst_data();
    void oneBurst();
    void severalBursts();
    void burstsAtStartAndEnd();
    void handfulIsNoSpike();
    void adjacentBucketsMerge();
    void runStatistics();
    void emptyAndTinySeries();
    void logOfOneMinute();
    void logOfAMonth();
    void burstFreeLogOfAMonth();
    void evenlySpreadLogs_data();
    void evenlySpreadLogs();
    void fewHundredInAMinuteAlwaysFound_data();
    void fewHundredInAMinuteAlwaysFound();
    void severalReasonsSorted();
    void json();
};

void TestSpikeDetector::flatNoiseHasNoSpike_data()
{
    QTest::addColumn<double>("mean");
    QTest::addColumn<int>("buckets");
    QTest::addColumn<uint>("seed");
    for (const double mean : {0.02, 0.3, 1.0, 5.0, 20.0, 100.0, 1000.0}) {
        for (const uint seed : {1u, 2u, 3u}) {
            QTest::addRow("mean %g, day, seed %u", mean, seed) << mean << 1440 << seed;
        }
        QTest::addRow("mean %g, month", mean) << mean << 31 * 1440 << 9u;
    }
}

void TestSpikeDetector::flatNoiseHasNoSpike()
{
    QFETCH(double, mean);
    QFETCH(int, buckets);
    QFETCH(uint, seed);
    const auto counts = Synthetic::noise(size_t(buckets), mean, seed);
    QCOMPARE(SpikeDetector::detectSeries(counts).size(), size_t(0));
}

void TestSpikeDetector::oneBurst_data()
{
    QTest::addColumn<double>("mean");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<uint>("rows");
    QTest::newRow("300 in one minute, quiet") << 0.05 << 600 << 600 << 300u;
    QTest::newRow("300 over two minutes") << 0.05 << 600 << 601 << 300u;
    QTest::newRow("200 in one minute over 5/min") << 5.0 << 700 << 700 << 200u;
    QTest::newRow("300 over 200/min") << 200.0 << 900 << 900 << 300u;
    QTest::newRow("1000 over ten minutes") << 2.0 << 100 << 109 << 1000u;
}

void TestSpikeDetector::oneBurst()
{
    QFETCH(double, mean);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(uint, rows);
    auto counts = Synthetic::noise(1440, mean, 42);
    inject(counts, size_t(first), size_t(last), rows);
    const Runs runs = SpikeDetector::detectSeries(counts);
    QCOMPARE(runs.size(), size_t(1));
    QCOMPARE(runs[0].first, size_t(first));
    QCOMPARE(runs[0].last, size_t(last));
    QVERIFY(runs[0].count >= rows);
}

void TestSpikeDetector::severalBursts()
{
    auto counts = Synthetic::noise(1440, 0.5, 7);
    inject(counts, 100, 101, 400);
    inject(counts, 130, 130, 250);
    inject(counts, 800, 802, 600);
    inject(counts, 1300, 1300, 150);
    const Runs runs = SpikeDetector::detectSeries(counts);
    QCOMPARE(runs.size(), size_t(4));
    const std::pair<size_t, size_t> expected[] = {{100, 101}, {130, 130}, {800, 802}, {1300, 1300}};
    for (size_t i = 0; i < runs.size(); ++i) {
        QCOMPARE(runs[i].first, expected[i].first);
        QCOMPARE(runs[i].last, expected[i].second);
    }
}

void TestSpikeDetector::burstsAtStartAndEnd()
{
    auto counts = Synthetic::noise(1440, 1.0, 11);
    inject(counts, 0, 0, 300);
    inject(counts, 1439, 1439, 300);
    const Runs runs = SpikeDetector::detectSeries(counts);
    QCOMPARE(runs.size(), size_t(2));
    QCOMPARE(runs[0].first, size_t(0));
    QCOMPARE(runs[0].last, size_t(0));
    QCOMPARE(runs[1].first, size_t(1439));
    QCOMPARE(runs[1].last, size_t(1439));
    QVERIFY(runs[0].baseline < 2.0);
    QVERIFY(runs[1].baseline < 2.0);
}

void TestSpikeDetector::handfulIsNoSpike()
{
    std::vector<uint32_t> counts(1440, 0);
    counts[500] = 9; // below the per-bucket minimum
    counts[900] = 12;
    counts[901] = 5; // a run of 17 rows: below the spike minimum
    QCOMPARE(SpikeDetector::detectSeries(counts).size(), size_t(0));
    counts[902] = 10; // now 27 rows
    const Runs runs = SpikeDetector::detectSeries(counts);
    QCOMPARE(runs.size(), size_t(1));
    QCOMPARE(runs[0].first, size_t(900));
    QCOMPARE(runs[0].last, size_t(902));
    QCOMPARE(runs[0].count, uint64_t(27));
}

void TestSpikeDetector::adjacentBucketsMerge()
{
    std::vector<uint32_t> counts(600, 1);
    counts[300] = 100;
    counts[301] = 3; // a lull, still clearly raised over a baseline of 1
    counts[302] = 120;
    counts[303] = 60;
    const Runs runs = SpikeDetector::detectSeries(counts);
    QCOMPARE(runs.size(), size_t(1));
    QCOMPARE(runs[0].first, size_t(300));
    QCOMPARE(runs[0].last, size_t(303));
    QCOMPARE(runs[0].count, uint64_t(283));
    QCOMPARE(runs[0].peak, uint32_t(120));
    QCOMPARE(runs[0].baseline, 1.0);
}

void TestSpikeDetector::runStatistics()
{
    std::vector<uint32_t> counts(200, 2);
    counts[100] = 50;
    counts[101] = 80;
    const Runs runs = SpikeDetector::detectSeries(counts);
    QCOMPARE(runs.size(), size_t(1));
    QCOMPARE(runs[0].count, uint64_t(130));
    QCOMPARE(runs[0].peak, uint32_t(80));
    QCOMPARE(runs[0].baseline, 2.0);
}

void TestSpikeDetector::emptyAndTinySeries()
{
    QCOMPARE(SpikeDetector::detectSeries({}).size(), size_t(0));
    // A single bucket is its own baseline: never a spike.
    QCOMPARE(SpikeDetector::detectSeries({500}).size(), size_t(0));
    QCOMPARE(SpikeDetector::detectSeries({0, 0, 0, 400, 0, 0, 0}).size(), size_t(1));
}

void TestSpikeDetector::logOfOneMinute()
{
    // One minute of background (about 1 row a second) with 300 rows in 10 seconds.
    const auto events =
        Synthetic::merged({Synthetic::spread("Connection_Dropped", Day0, 60, 60, 21),
                           Synthetic::spread("Connection_Dropped", Day0 + 30, 10, 300, 22)});
    const std::vector<Spike> spikes = detectIn(events, "Connection_Dropped");
    QCOMPARE(spikes.size(), size_t(1));
    QCOMPARE(spikes[0].step, int64_t(1));
    QVERIFY(spikes[0].start >= Day0 + 29 && spikes[0].start <= Day0 + 30);
    QVERIFY(spikes[0].end >= Day0 + 39 && spikes[0].end <= Day0 + 40);
    QVERIFY(spikes[0].count >= 300);

    // The same minute without the burst.
    const auto quiet = Synthetic::spread("Connection_Dropped", Day0, 60, 60, 21);
    QCOMPARE(detectIn(quiet, "Connection_Dropped").size(), size_t(0));
}

void TestSpikeDetector::logOfAMonth()
{
    // 31 days of sparse background and busy other traffic, with three bursts.
    const int64_t month = 31 * 86400;
    const auto events = Synthetic::merged(
        {Synthetic::spread("Connection_Dropped", Day0, month, 31 * 24 * 4, 31),
         Synthetic::spread("Timer_ConnectionIdle", Day0, month, 200000, 32),
         Synthetic::spread("Connection_Dropped", Day0 + 3 * 86400 + 36000, 60, 300, 33),
         Synthetic::spread("Connection_Dropped", Day0 + 17 * 86400 + 3600, 90, 400, 34),
         Synthetic::spread("Connection_Dropped", Day0 + 30 * 86400 + 80000, 40, 250, 35)});
    const std::vector<Spike> spikes = detectIn(events, "Connection_Dropped");
    QCOMPARE(spikes.size(), size_t(3));
    const int64_t starts[] = {Day0 + 3 * 86400 + 36000, Day0 + 17 * 86400 + 3600,
                              Day0 + 30 * 86400 + 80000};
    const int64_t lengths[] = {60, 90, 40};
    for (size_t i = 0; i < 3; ++i) {
        QCOMPARE(spikes[i].step, int64_t(60));
        // The window is the burst's own first and last row, give or take a background row
        // in the same minute.
        QVERIFY2(std::abs(spikes[i].start - starts[i]) <= 60,
                 qPrintable(QString::number(spikes[i].start - starts[i])));
        QVERIFY2(std::abs(spikes[i].end - (starts[i] + lengths[i] - 1)) <= 60,
                 qPrintable(QString::number(spikes[i].end - starts[i])));
        QVERIFY(spikes[i].baselinePerMinute < 1.0);
        QVERIFY(spikes[i].peakPerMinute >= 100);
    }
}

void TestSpikeDetector::burstFreeLogOfAMonth()
{
    const auto events = Synthetic::spread("Connection_Dropped", Day0, 31 * 86400, 50000, 41);
    QCOMPARE(detectIn(events, "Connection_Dropped").size(), size_t(0));
}

void TestSpikeDetector::evenlySpreadLogs_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("rows");
    QTest::newRow("ten minutes, 600 rows") << qint64(600) << 600;
    QTest::newRow("one hour, 5000 rows") << qint64(3600) << 5000;
    QTest::newRow("one day, 100 rows") << qint64(86400) << 100;
    QTest::newRow("one day, 100000 rows") << qint64(86400) << 100000;
    QTest::newRow("one year, 20000 rows") << qint64(365 * 86400) << 20000;
}

void TestSpikeDetector::evenlySpreadLogs()
{
    QFETCH(qint64, seconds);
    QFETCH(int, rows);
    const auto events =
        Synthetic::spread("Connection_Dropped", Day0, seconds, size_t(rows), uint32_t(rows));
    QCOMPARE(detectIn(events, "Connection_Dropped").size(), size_t(0));
}

void TestSpikeDetector::fewHundredInAMinuteAlwaysFound_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("ten minutes") << qint64(600);
    QTest::newRow("one hour") << qint64(3600);
    QTest::newRow("one day") << qint64(86400);
    QTest::newRow("one month") << qint64(30 * 86400);
    QTest::newRow("one year") << qint64(365 * 86400);
}

void TestSpikeDetector::fewHundredInAMinuteAlwaysFound()
{
    QFETCH(qint64, seconds);
    const int64_t burst = Day0 + seconds / 3;
    const auto events = Synthetic::merged(
        {Synthetic::spread("Connection_Dropped", Day0, seconds, size_t(seconds / 900 + 5), 51),
         Synthetic::spread("Connection_Dropped", burst, 50, 200, 52)});
    const std::vector<Spike> spikes = detectIn(events, "Connection_Dropped");
    QCOMPARE(spikes.size(), size_t(1));
    QVERIFY(spikes[0].start <= burst + 5);
    QVERIFY(spikes[0].end >= burst + 45);
    QVERIFY(spikes[0].count >= 200);
}

void TestSpikeDetector::severalReasonsSorted()
{
    const auto events = Synthetic::merged({Synthetic::spread("A", Day0, 86400, 100, 61),
                                           Synthetic::spread("B", Day0, 86400, 100, 62),
                                           Synthetic::spread("B", Day0 + 1000, 30, 100, 63),
                                           Synthetic::spread("A", Day0 + 5000, 30, 100, 64)});
    LogStore store;
    Synthetic::append(store, events);
    ReasonHistogram h;
    h.build(store);
    const auto &pool = store.column(size_t(store.columnOf(LogField::Reason))).pool;
    const uint32_t a = uint32_t(pool.find("A"));
    const uint32_t b = uint32_t(pool.find("B"));
    const std::vector<Spike> spikes = SpikeDetector::detect(h, std::vector<uint32_t>{a, b});
    QCOMPARE(spikes.size(), size_t(2));
    QCOMPARE(spikes[0].reason, b);
    QCOMPARE(spikes[1].reason, a);
}

void TestSpikeDetector::json()
{
    Spike s;
    s.reason = 3;
    s.start = Day0 + 36843;
    s.end = Day0 + 36930;
    s.count = 412;
    s.peakPerMinute = 304;
    s.baselinePerMinute = 0.0833333;
    const QJsonArray array =
        SpikeDetector::toJson({s}, [](uint32_t) { return QStringLiteral("Connection_Dropped"); });
    QCOMPARE(array.size(), 1);
    const QJsonObject o = array.at(0).toObject();
    QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("Connection_Dropped"));
    QCOMPARE(o.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-10T10:14:03Z"));
    QCOMPARE(o.value(QStringLiteral("end")).toString(), QStringLiteral("2026-03-10T10:15:30Z"));
    QCOMPARE(o.value(QStringLiteral("durationSeconds")).toInt(), 88);
    QCOMPARE(o.value(QStringLiteral("count")).toInt(), 412);
    QCOMPARE(o.value(QStringLiteral("peakPerMinute")).toDouble(), 304.0);
    QCOMPARE(o.value(QStringLiteral("baselinePerMinute")).toDouble(), 0.08);
}

QTEST_GUILESS_MAIN(TestSpikeDetector)
#include "tst_spikedetector.moc"
