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
    void namedZones_data();
    void namedZones();
    void zoneIds();
    void offsetsAcrossTransitions();
    void wallClock_data();
    void wallClock();
    void parse_data();
    void parse();
    void parseRoundTrips_data();
    void parseRoundTrips();
};

namespace {
constexpr int64_t March10 = 1773100802;    // 2026-03-10 00:00:02 UTC
constexpr int64_t March10End = 1773187199; // 2026-03-10 23:59:59 UTC
constexpr int64_t March29 = 1774744200;    // 2026-03-29 00:30:00 UTC, CET until 01:00 UTC

DisplayZone zoneFor(bool local)
{
    return local ? DisplayZone::system() : DisplayZone::utc();
}
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
    QCOMPARE(TimeFormat(zoneFor(local), QLocale(locale)).dateTime(March10), expected);
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
        << "10.03.2026 01:00:02 – 11.03.2026 00:59:59 UTC+01:00 (Europe/Berlin)";
    QTest::newRow("daylight saving starts in between")
        << "de_DE" << true << qint64(March29) << qint64(March29 + 3600)
        << "29.03.2026 01:30:00 UTC+01:00 – 03:30:00 UTC+02:00 (Europe/Berlin)";
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
    QCOMPARE(TimeFormat(zoneFor(local), QLocale(locale)).span(first, last), expected);
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
    QCOMPARE(TimeFormat(zoneFor(local), QLocale(QLocale::German)).zone(seconds), expected);
}

void TestTimeFormat::namedZones_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("label");
    QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo") << qint64(March10) << "10.03.2026 09:00:02"
                           << "UTC+09:00 (Asia/Tokyo)";
    QTest::newRow("India, half an hour")
        << QByteArray("Asia/Kolkata") << qint64(March10) << "10.03.2026 05:30:02"
        << "UTC+05:30 (Asia/Kolkata)";
    QTest::newRow("New York, the day before")
        << QByteArray("America/New_York") << qint64(March10) << "09.03.2026 20:00:02"
        << "UTC-04:00 (America/New_York)";
    QTest::newRow("UTC by name") << QByteArray("UTC") << qint64(March10) << "10.03.2026 00:00:02"
                                 << "UTC";
}

void TestTimeFormat::namedZones()
{
    QFETCH(QByteArray, id);
    QFETCH(qint64, seconds);
    QFETCH(QString, dateTime);
    QFETCH(QString, label);
    const std::optional<DisplayZone> zone = DisplayZone::named(id);
    QVERIFY(zone);
    const TimeFormat format(*zone, QLocale(QLocale::German));
    QCOMPARE(format.dateTime(seconds), dateTime);
    QCOMPARE(format.zoneLabel(seconds), label);
    QCOMPARE(format.dateTimeWithZone(seconds), dateTime + QLatin1Char(' ') + label);
}

void TestTimeFormat::zoneIds()
{
    QCOMPARE(DisplayZone().id(), QStringLiteral("UTC"));
    QCOMPARE(DisplayZone::system().id(), QStringLiteral("system"));
    QCOMPARE(DisplayZone::named("Asia/Tokyo")->id(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(DisplayZone::fromId(QStringLiteral("Asia/Tokyo"))->name(),
             QStringLiteral("Asia/Tokyo"));
    QCOMPARE(DisplayZone::fromId(QStringLiteral("system"))->kind(), DisplayZone::Kind::System);
    QCOMPARE(DisplayZone::fromId(QStringLiteral("UTC"))->kind(), DisplayZone::Kind::Utc);
    QCOMPARE(DisplayZone::fromId(QString())->kind(), DisplayZone::Kind::Utc);
    QVERIFY(!DisplayZone::fromId(QStringLiteral("Mars/Olympus_Mons")));
    // The machine's zone under TZ=Europe/Berlin goes by that name.
    QCOMPARE(DisplayZone::system().name(), QStringLiteral("Europe/Berlin"));
}

void TestTimeFormat::offsetsAcrossTransitions()
{
    // Hour by hour across two years, the cached offset is the zone's own at every moment.
    for (const QByteArray &id : {QByteArray("Europe/Berlin"), QByteArray("America/Santiago"),
                                 QByteArray("Australia/Lord_Howe"), QByteArray("Asia/Tokyo")}) {
        const DisplayZone zone = *DisplayZone::named(id);
        const QTimeZone reference(id);
        for (int64_t t = March10 - 400 * 86400; t < March10 + 400 * 86400; t += 3571) {
            const int expected =
                reference.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()));
            if (zone.offsetAt(t) != expected)
                QFAIL(qPrintable(QStringLiteral("%1 at %2: %3, expected %4")
                                     .arg(QString::fromLatin1(id))
                                     .arg(t)
                                     .arg(zone.offsetAt(t))
                                     .arg(expected)));
        }
    }
}

void TestTimeFormat::wallClock_data()
{
    QTest::addColumn<qint64>("wall"); // what the Berlin clock reads, counted as UTC
    QTest::addColumn<qint64>("utc");
    // 29 March 2026: 02:00 is skipped; 25 October 2026: 02:00-03:00 is read twice.
    const qint64 march29 = 1774742400;   // 2026-03-29 00:00:00 as a wall reading
    const qint64 october25 = 1792886400; // 2026-10-25 00:00:00 as a wall reading
    QTest::newRow("winter") << qint64(March10 + 3600) << qint64(March10);
    QTest::newRow("before the switch") << march29 + 3600 << march29;
    QTest::newRow("after the switch") << march29 + 4 * 3600 << march29 + 2 * 3600;
    QTest::newRow("skipped hour") << march29 + 2 * 3600 + 1800 << march29 + 3600 + 1800;
    QTest::newRow("hour read twice: the first") << october25 + 2 * 3600 + 1800 << october25 + 1800;
    QTest::newRow("after the switch back") << october25 + 4 * 3600 << october25 + 3 * 3600;
}

void TestTimeFormat::wallClock()
{
    QFETCH(qint64, wall);
    QFETCH(qint64, utc);
    const DisplayZone berlin = *DisplayZone::named("Europe/Berlin");
    QCOMPARE(berlin.fromWallClock(wall), utc);
}

void TestTimeFormat::parse_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("end");
    QTest::addColumn<qint64>("expected"); // -1: not a time
    const qint64 noon = 1773144000;       // 2026-03-10 12:00:00 UTC
    QTest::newRow("ISO in UTC") << QByteArray("UTC") << "de_DE"
                                << "2026-03-10 12:00:00" << false << noon;
    QTest::newRow("ISO on Tokyo's clock") << QByteArray("Asia/Tokyo") << "de_DE"
                                          << "2026-03-10 21:00:00" << false << noon;
    QTest::newRow("ISO with T on Tokyo's clock") << QByteArray("Asia/Tokyo") << "en_US"
                                                 << "2026-03-10T21:00:00" << false << noon;
    QTest::newRow("Z wins over the zone") << QByteArray("Asia/Tokyo") << "de_DE"
                                          << "2026-03-10T12:00:00Z" << false << noon;
    QTest::newRow("an offset wins over the zone") << QByteArray("Asia/Tokyo") << "de_DE"
                                                  << "2026-03-10T13:00:00+01:00" << false << noon;
    QTest::newRow("German, Tokyo") << QByteArray("Asia/Tokyo") << "de_DE"
                                   << "10.03.2026 21:00:00" << false << noon;
    QTest::newRow("US English, New York") << QByteArray("America/New_York") << "en_US"
                                          << "3/10/2026 8:00:00 AM" << false << noon;
    QTest::newRow("Japanese, UTC") << QByteArray("UTC") << "ja_JP"
                                   << "2026/03/10 12:00:00" << false << noon;
    QTest::newRow("French date alone, start") << QByteArray("Europe/Paris") << "fr_FR"
                                              << "10/03/2026" << false << noon - 13 * 3600;
    QTest::newRow("French date alone, end") << QByteArray("Europe/Paris") << "fr_FR"
                                            << "10/03/2026" << true << noon + 11 * 3600 - 1;
    QTest::newRow("ISO date alone, end, Tokyo") << QByteArray("Asia/Tokyo") << "de_DE"
                                                << "2026-03-10" << true << noon + 3 * 3600 - 1;
    QTest::newRow("not a time") << QByteArray("UTC") << "de_DE"
                                << "lunchtime" << false << qint64(-1);
    QTest::newRow("not a date") << QByteArray("UTC") << "de_DE"
                                << "31.02.2026 10:00:00" << false << qint64(-1);
}

void TestTimeFormat::parse()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(bool, end);
    QFETCH(qint64, expected);
    const TimeFormat format(*DisplayZone::named(zone), QLocale(locale));
    const std::optional<int64_t> t = format.parse(text, end);
    QCOMPARE(t.has_value(), expected >= 0);
    if (t)
        QCOMPARE(*t, expected);
}

void TestTimeFormat::parseRoundTrips_data()
{
    QTest::addColumn<QString>("locale");
    for (const char *locale : {"C", "en_US", "en_GB", "de_DE", "fr_FR", "ja_JP", "fi_FI"})
        QTest::newRow(locale) << QString::fromLatin1(locale);
}

void TestTimeFormat::parseRoundTrips()
{
    // What the filter bar shows, it reads back as the same second, in every zone.
    QFETCH(QString, locale);
    for (const QByteArray &zone :
         {QByteArray("UTC"), QByteArray("Asia/Kolkata"), QByteArray("America/New_York")}) {
        const TimeFormat format(*DisplayZone::named(zone), QLocale(locale));
        for (const int64_t t : {int64_t(March10), int64_t(March10End), int64_t(March29 + 7)}) {
            const QString text = format.dateTime(t);
            QCOMPARE(format.parse(text), std::optional<int64_t>(t));
        }
    }
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
