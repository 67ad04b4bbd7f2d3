#include "bucketsizer.h"

#include <QtTest>

class TestBucketSizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoStep_data();
    void autoStep();
    void autoStepKeepsBucketsInRange();
    void clampStep_data();
    void clampStep();
    void detectionStep_data();
    void detectionStep();
    void alignDown_data();
    void alignDown();
    void label_data();
    void label();
    void monthEdges_data();
    void monthEdges();
};

void TestBucketSizer::autoStep_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("step");
    QTest::newRow("empty") << qint64(0) << qint64(1);
    QTest::newRow("one minute") << qint64(60) << qint64(1);
    QTest::newRow("400 s") << qint64(400) << qint64(1);
    QTest::newRow("401 s") << qint64(401) << qint64(2);
    QTest::newRow("one hour") << qint64(3600) << qint64(10);
    QTest::newRow("six hours") << qint64(6 * 3600) << qint64(60);
    QTest::newRow("one day") << qint64(86400) << qint64(300);
    QTest::newRow("one week") << qint64(7 * 86400) << qint64(1800);
    QTest::newRow("30 days") << qint64(30 * 86400) << qint64(2 * 3600);
    QTest::newRow("one year") << qint64(365 * 86400) << qint64(86400);
    QTest::newRow("three years: 1 week") << qint64(3 * 365 * 86400) << qint64(7 * 86400);
    QTest::newRow("ten years: 2 weeks") << qint64(3650 * 86400) << qint64(14 * 86400);
    QTest::newRow("23 years: months") << qint64(23) * 365 * 86400 << qint64(BucketSizer::Month);
    QTest::newRow("a century: still months") << qint64(36525) * 86400 << qint64(BucketSizer::Month);
}

void TestBucketSizer::autoStep()
{
    QFETCH(qint64, span);
    QFETCH(qint64, step);
    QCOMPARE(BucketSizer::autoStep(span), step);
}

void TestBucketSizer::autoStepKeepsBucketsInRange()
{
    // From 100 s to 33 years, the automatic step always gives 100-400 buckets.
    for (int64_t span = 100; span <= int64_t(33) * 365 * 86400; span = span * 11 / 10 + 1) {
        const int64_t step = BucketSizer::autoStep(span);
        const int64_t buckets = (span + step - 1) / step;
        QVERIFY2(
            buckets >= 100 && buckets <= 400,
            qPrintable(
                QStringLiteral("span %1 step %2 buckets %3").arg(span).arg(step).arg(buckets)));
        QVERIFY(BucketSizer::steps().end()
                != std::find(BucketSizer::steps().begin(), BucketSizer::steps().end(), step));
    }
}

void TestBucketSizer::clampStep_data()
{
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("fits") << qint64(60) << qint64(86400) << qint64(60);
    QTest::newRow("1 s over a day is too fine") << qint64(1) << qint64(86400) << qint64(60);
    QTest::newRow("1 s over a month") << qint64(1) << qint64(30 * 86400) << qint64(1800);
    QTest::newRow("coarse stays") << qint64(86400) << qint64(60) << qint64(86400);
    QTest::newRow("zero means auto") << qint64(0) << qint64(86400) << qint64(60);
}

void TestBucketSizer::clampStep()
{
    QFETCH(qint64, step);
    QFETCH(qint64, span);
    QFETCH(qint64, expected);
    QCOMPARE(BucketSizer::clampStep(step, span, 2000), expected);
}

void TestBucketSizer::detectionStep_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("step");
    QTest::newRow("10 s") << qint64(10) << qint64(1);
    QTest::newRow("one minute") << qint64(60) << qint64(1);
    QTest::newRow("ten minutes") << qint64(600) << qint64(10);
    QTest::newRow("30 min") << qint64(1800) << qint64(30);
    QTest::newRow("one hour") << qint64(3600) << qint64(60);
    QTest::newRow("one day") << qint64(86400) << qint64(60);
    QTest::newRow("one month") << qint64(31 * 86400) << qint64(60);
    QTest::newRow("six months") << qint64(183 * 86400) << qint64(300);
    QTest::newRow("two years") << qint64(730 * 86400) << qint64(900);
}

void TestBucketSizer::detectionStep()
{
    QFETCH(qint64, span);
    QFETCH(qint64, step);
    QCOMPARE(BucketSizer::detectionStep(span), step);
}

void TestBucketSizer::alignDown_data()
{
    QTest::addColumn<qint64>("t");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("expected");
    const qint64 day = 1773100800; // 2026-03-10T00:00:00Z
    QTest::newRow("minute") << day + 125 << qint64(60) << qint64(0) << day + 120;
    QTest::newRow("on the edge") << day + 120 << qint64(60) << qint64(0) << day + 120;
    QTest::newRow("day") << day + 50000 << qint64(86400) << qint64(0) << day;
    QTest::newRow("local day at UTC+2")
        << day + 50000 << qint64(86400) << qint64(7200) << day - 7200;
    QTest::newRow("half-hour zone, hour buckets")
        << day + 4000 << qint64(3600) << qint64(19800) << day + 1800;
    QTest::newRow("before 1970") << qint64(-1) << qint64(60) << qint64(0) << qint64(-60);
    // Weeks start on Monday: 2026-03-10 is a Tuesday, the week began on 9 March.
    QTest::newRow("week") << day + 50000 << qint64(7 * 86400) << qint64(0) << day - 86400;
    QTest::newRow("week on a Monday")
        << day - 86400 << qint64(7 * 86400) << qint64(0) << day - 86400;
    QTest::newRow("local week at UTC+9")
        << day + 50000 << qint64(7 * 86400) << qint64(9 * 3600) << day - 86400 - 9 * 3600;
    // Fortnights count from Monday 1969-12-29: one began on 9 March 2026, the next on 23 March.
    QTest::newRow("two weeks") << day + 14 * 86400 << qint64(14 * 86400) << qint64(0)
                               << day + 13 * 86400;
}

void TestBucketSizer::alignDown()
{
    QFETCH(qint64, t);
    QFETCH(qint64, step);
    QFETCH(qint64, offset);
    QFETCH(qint64, expected);
    QCOMPARE(BucketSizer::alignDown(t, step, offset), expected);
}

void TestBucketSizer::label_data()
{
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("text");
    QTest::newRow("1 s") << qint64(1) << QStringLiteral("1 s");
    QTest::newRow("30 s") << qint64(30) << QStringLiteral("30 s");
    QTest::newRow("1 min") << qint64(60) << QStringLiteral("1 min");
    QTest::newRow("15 min") << qint64(900) << QStringLiteral("15 min");
    QTest::newRow("1 h") << qint64(3600) << QStringLiteral("1 h");
    QTest::newRow("12 h") << qint64(43200) << QStringLiteral("12 h");
    QTest::newRow("1 d") << qint64(86400) << QStringLiteral("1 d");
    QTest::newRow("90 s") << qint64(90) << QStringLiteral("90 s");
    QTest::newRow("2 d") << qint64(2 * 86400) << QStringLiteral("2 d");
    QTest::newRow("week") << qint64(7 * 86400) << QStringLiteral("1 week");
    QTest::newRow("two weeks") << qint64(14 * 86400) << QStringLiteral("2 weeks");
    QTest::newRow("month") << qint64(BucketSizer::Month) << QStringLiteral("1 month");
}

void TestBucketSizer::label()
{
    QFETCH(qint64, step);
    QFETCH(QString, text);
    QCOMPARE(BucketSizer::label(step), text);
}

void TestBucketSizer::monthEdges_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<qint64>>("edges");
    const qint64 march10 = 1773100800; // 2026-03-10T00:00:00Z
    const qint64 march1 = 1772323200;  // 2026-03-01T00:00:00Z
    const qint64 april1 = 1775001600;
    const qint64 may1 = 1777593600;
    QTest::newRow("one month, UTC")
        << QByteArray("UTC") << march10 << march10 + 86400 << QList<qint64>{march1, april1};
    QTest::newRow("two months, UTC")
        << QByteArray("UTC") << march10 << april1 + 5 << QList<qint64>{march1, april1, may1};
    // Tokyo's months start at 15:00 UTC the day before.
    QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo") << march10 << march10 + 86400
                           << QList<qint64>{march1 - 9 * 3600, april1 - 9 * 3600};
    // Berlin: winter time on 1 March, summer time on 1 April.
    QTest::newRow("Berlin across the switch")
        << QByteArray("Europe/Berlin") << march10 << april1
        << QList<qint64>{march1 - 3600, april1 - 7200, may1 - 7200};
    QTest::newRow("February of a leap year")
        << QByteArray("UTC") << qint64(1709251200 - 86400) << qint64(1709251200 - 86400)
        << QList<qint64>{1706745600, 1709251200}; // 2024-02-01, 2024-03-01
}

void TestBucketSizer::monthEdges()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<qint64>, edges);
    const DisplayZone z = *DisplayZone::named(zone);
    const std::vector<int64_t> got = BucketSizer::monthEdges(from, to, z);
    QCOMPARE(QList<qint64>(got.begin(), got.end()), edges);
    QCOMPARE(BucketSizer::monthStart(from, z), edges.first());
}

QTEST_GUILESS_MAIN(TestBucketSizer)
#include "tst_bucketsizer.moc"
