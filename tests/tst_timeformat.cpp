#include "timeformat.h"

#include <QtTest>

#include <ctime>

// Times for people: the locale's conventions, four-digit years, seconds, and a named zone.
class TestTimeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dateTime_data();
    void dateTime();
    void span_data();
    void span();
    void zone_data();
    void zone();
};

namespace {
constexpr int64_t March10 = 1773100802;    // 2026-03-10 00:00:02 UTC
constexpr int64_t March10End = 1773187199; // 2026-03-10 23:59:59 UTC
constexpr int64_t March29 = 1774744200;    // 2026-03-29 00:30:00 UTC, CET until 01:00 UTC
} // namespace

void TestTimeFormat::initTestCase()
{
    // Local-time cases assume Berlin: UTC+1 in winter, UTC+2 from 29 March 2026 01:00 UTC.
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestTimeFormat::dateTime_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("local");
    QTest::addColumn<QString>("expected");

    QTest::newRow("US English, UTC") << "en_US" << false << "3/10/2026 12:00:02 AM";
    QTest::newRow("British English, UTC") << "en_GB" << false << "10/03/2026 00:00:02";
    QTest::newRow("German, UTC") << "de_DE" << false << "10.03.2026 00:00:02";
    QTest::newRow("German, Berlin") << "de_DE" << true << "10.03.2026 01:00:02";
    QTest::newRow("French, UTC") << "fr_FR" << false << "10/03/2026 00:00:02";
    QTest::newRow("Japanese, UTC") << "ja_JP" << false << "2026/03/10 0:00:02";
    QTest::newRow("Finnish keeps its separator") << "fi_FI" << false << "10.3.2026 0.00.02";
}

void TestTimeFormat::dateTime()
{
    QFETCH(QString, locale);
    QFETCH(bool, local);
    QFETCH(QString, expected);
    QCOMPARE(TimeFormat(local, QLocale(locale)).dateTime(March10), expected);
}

void TestTimeFormat::span_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("local");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one day, UTC") << "de_DE" << false << qint64(March10) << qint64(March10End)
                                  << "10.03.2026 00:00:02 – 23:59:59 UTC";
    QTest::newRow("one UTC day is two local days")
        << "de_DE" << true << qint64(March10) << qint64(March10End)
        << "10.03.2026 01:00:02 – 11.03.2026 00:59:59 UTC+01:00";
    QTest::newRow("daylight saving starts in between")
        << "de_DE" << true << qint64(March29) << qint64(March29 + 3600)
        << "29.03.2026 01:30:00 UTC+01:00 – 03:30:00 UTC+02:00";
    QTest::newRow("several days") << "en_GB" << false << qint64(March10) << qint64(March29)
                                  << "10/03/2026 00:00:02 – 29/03/2026 00:30:00 UTC";
}

void TestTimeFormat::span()
{
    QFETCH(QString, locale);
    QFETCH(bool, local);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(QString, expected);
    QCOMPARE(TimeFormat(local, QLocale(locale)).span(first, last), expected);
}

void TestTimeFormat::zone_data()
{
    QTest::addColumn<bool>("local");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("UTC") << false << qint64(March10) << "UTC";
    QTest::newRow("winter") << true << qint64(March10) << "UTC+01:00";
    QTest::newRow("summer") << true << qint64(March29 + 3600) << "UTC+02:00";
}

void TestTimeFormat::zone()
{
    QFETCH(bool, local);
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(TimeFormat(local, QLocale(QLocale::German)).zone(seconds), expected);
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
