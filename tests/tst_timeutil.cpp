#include "timeutil.h"

#include <QtTest>

#include <optional>
#include <string>

class TestTimeUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseDateTime_data();
    void parseDateTime();
    void parseIso_data();
    void parseIso();
    void parseIsoEnd_data();
    void parseIsoEnd();
    void format_data();
    void format();
    void roundTrip();
    void daysFromCivil_data();
    void daysFromCivil();
};

void TestTimeUtil::parseDateTime_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("epoch") << QByteArray("1970-01-01") << QByteArray("00:00:00") << true
                           << qint64(0);
    QTest::newRow("before epoch") << QByteArray("1969-12-31") << QByteArray("23:59:59") << true
                                  << qint64(-1);
    QTest::newRow("KB 820729 sample")
        << QByteArray("2002-07-05") << QByteArray("18:45:09") << true << qint64(1025894709);
    QTest::newRow("plaso fixture")
        << QByteArray("2026-10-07") << QByteArray("12:24:54") << true << qint64(1791375894);
    QTest::newRow("leap day 2024")
        << QByteArray("2024-02-29") << QByteArray("00:00:00") << true << qint64(1709164800);
    QTest::newRow("leap day 2000")
        << QByteArray("2000-02-29") << QByteArray("12:34:56") << true << qint64(951827696);
    QTest::newRow("leap day 1600")
        << QByteArray("1600-02-29") << QByteArray("00:00:00") << true << qint64(-11670998400);
    QTest::newRow("2100-03-01") << QByteArray("2100-03-01") << QByteArray("00:00:00") << true
                                << qint64(4107542400);
    QTest::newRow("end of 9999") << QByteArray("9999-12-31") << QByteArray("23:59:59") << true
                                 << qint64(253402300799);
    QTest::newRow("Dec 31 of a leap year")
        << QByteArray("2016-12-31") << QByteArray("23:59:59") << true << qint64(1483228799);
    // A leap second is accepted and counts as the next second.
    QTest::newRow("leap second") << QByteArray("2016-12-31") << QByteArray("23:59:60") << true
                                 << qint64(1483228800);

    const struct
    {
        const char *name;
        const char *date;
        const char *time;
    } invalid[] = {
        {"Feb 29 1900", "1900-02-29", "00:00:00"},
        {"Feb 29 2100", "2100-02-29", "00:00:00"},
        {"Feb 29 2023", "2023-02-29", "00:00:00"},
        {"Feb 30 2024", "2024-02-30", "00:00:00"},
        {"Apr 31", "2024-04-31", "00:00:00"},
        {"Jan 32", "2024-01-32", "00:00:00"},
        {"day 0", "2024-01-00", "00:00:00"},
        {"month 0", "2024-00-10", "00:00:00"},
        {"month 13", "2024-13-01", "00:00:00"},
        {"one-digit month", "2024-1-02", "00:00:00"},
        {"two-digit year", "24-01-02", "00:00:00"},
        {"slashes", "2024/01/02", "00:00:00"},
        {"trailing space", "2024-01-02 ", "00:00:00"},
        {"letter in day", "2024-01-0a", "00:00:00"},
        {"signed year", "+024-01-02", "00:00:00"},
        {"word date", "date", "time"},
        {"empty", "", ""},
        {"hour 24", "2024-01-02", "24:00:00"},
        {"minute 60", "2024-01-02", "12:60:00"},
        {"second 61", "2024-01-02", "12:00:61"},
        {"one-digit hour", "2024-01-02", "1:02:03"},
        {"no seconds", "2024-01-02", "12:00"},
        {"dashes in time", "2024-01-02", "12-00-00"},
        {"letters in time", "2024-01-02", "ab:cd:ef"},
        {"fraction", "2024-01-02", "12:00:00.5"},
    };
    for (const auto &i : invalid)
        QTest::newRow(i.name) << QByteArray(i.date) << QByteArray(i.time) << false << qint64(0);
}

void TestTimeUtil::parseDateTime()
{
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, time);
    QFETCH(bool, valid);
    QFETCH(qint64, seconds);

    const std::optional<int64_t> parsed =
        TimeUtil::parseDateTime(std::string_view(date.constData(), size_t(date.size())),
                                std::string_view(time.constData(), size_t(time.size())));
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, seconds);
}

void TestTimeUtil::parseIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seconds");

    const qint64 t = 1704164645; // 2024-01-02 03:04:05 UTC
    QTest::newRow("Z") << QStringLiteral("2024-01-02T03:04:05Z") << true << t;
    QTest::newRow("space") << QStringLiteral("2024-01-02 03:04:05") << true << t;
    QTest::newRow("space and Z") << QStringLiteral("2024-01-02 03:04:05Z") << true << t;
    QTest::newRow("T without zone is UTC") << QStringLiteral("2024-01-02T03:04:05") << true << t;
    QTest::newRow("surrounding blanks") << QStringLiteral("  2024-01-02T03:04:05Z \t") << true << t;
    QTest::newRow("date only") << QStringLiteral("2024-01-02") << true << qint64(1704153600);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << true << qint64(1709164800);
    QTest::newRow("offset +02:00")
        << QStringLiteral("2024-01-02T03:04:05+02:00") << true << t - 7200;
    QTest::newRow("offset -05:30")
        << QStringLiteral("2024-01-02T03:04:05-05:30") << true << t + 19800;
    QTest::newRow("milliseconds") << QStringLiteral("2024-01-02T03:04:05.750Z") << true << t;
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << true << qint64(0);

    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("blanks") << QStringLiteral("   ") << false << qint64(0);
    QTest::newRow("words") << QStringLiteral("not a date") << false << qint64(0);
    QTest::newRow("Feb 30") << QStringLiteral("2024-02-30") << false << qint64(0);
    QTest::newRow("Feb 29 2023") << QStringLiteral("2023-02-29T00:00:00Z") << false << qint64(0);
    QTest::newRow("month 13") << QStringLiteral("2024-13-01T00:00:00Z") << false << qint64(0);
    QTest::newRow("hour 25") << QStringLiteral("2024-01-02T25:00:00Z") << false << qint64(0);
    QTest::newRow("bad separator") << QStringLiteral("2024-01-02X03:04:05") << false << qint64(0);
    QTest::newRow("slashes") << QStringLiteral("2024/01/02") << false << qint64(0);
}

void TestTimeUtil::parseIso()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, seconds);

    const std::optional<int64_t> parsed = TimeUtil::parseIso(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, seconds);
}

void TestTimeUtil::parseIsoEnd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: not a time
    const qint64 day = 1704153600;       // 2024-01-02T00:00:00Z
    QTest::newRow("date alone: last second of the day")
        << QStringLiteral("2024-01-02") << day + 86399;
    QTest::newRow("date with blanks") << QStringLiteral(" 2024-01-02 ") << day + 86399;
    QTest::newRow("midnight is midnight") << QStringLiteral("2024-01-02 00:00:00") << day;
    QTest::newRow("a time is kept") << QStringLiteral("2024-01-02T03:04:05Z") << day + 11045;
    QTest::newRow("not a date") << QStringLiteral("2024-02-30") << qint64(-1);
}

void TestTimeUtil::parseIsoEnd()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const std::optional<int64_t> parsed = TimeUtil::parseIsoEnd(text);
    QCOMPARE(parsed.value_or(-1), seconds);
}

void TestTimeUtil::format_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("iso");

    QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01 00:00:00")
                           << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("before epoch") << qint64(-1) << QStringLiteral("1969-12-31 23:59:59")
                                  << QStringLiteral("1969-12-31T23:59:59Z");
    QTest::newRow("KB sample") << qint64(1025894709) << QStringLiteral("2002-07-05 18:45:09")
                               << QStringLiteral("2002-07-05T18:45:09Z");
    QTest::newRow("leap day 2024") << qint64(1709164800) << QStringLiteral("2024-02-29 00:00:00")
                                   << QStringLiteral("2024-02-29T00:00:00Z");
    QTest::newRow("leap day 2000") << qint64(951827696) << QStringLiteral("2000-02-29 12:34:56")
                                   << QStringLiteral("2000-02-29T12:34:56Z");
    QTest::newRow("leap day 1600") << qint64(-11670998400) << QStringLiteral("1600-02-29 00:00:00")
                                   << QStringLiteral("1600-02-29T00:00:00Z");
    QTest::newRow("2100-03-01") << qint64(4107542400) << QStringLiteral("2100-03-01 00:00:00")
                                << QStringLiteral("2100-03-01T00:00:00Z");
    QTest::newRow("end of 9999") << qint64(253402300799) << QStringLiteral("9999-12-31 23:59:59")
                                 << QStringLiteral("9999-12-31T23:59:59Z");
    QTest::newRow("plaso fixture") << qint64(1791375894) << QStringLiteral("2026-10-07 12:24:54")
                                   << QStringLiteral("2026-10-07T12:24:54Z");
    QTest::newRow("end of 2016") << qint64(1483228799) << QStringLiteral("2016-12-31 23:59:59")
                                 << QStringLiteral("2016-12-31T23:59:59Z");
}

void TestTimeUtil::format()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, utc);
    QFETCH(QString, iso);

    QCOMPARE(TimeUtil::formatUtc(seconds), utc);
    QCOMPARE(TimeUtil::formatIso(seconds), iso);
    // Both forms read back to the same second.
    QCOMPARE(TimeUtil::parseIso(utc), std::optional<int64_t>(seconds));
    QCOMPARE(TimeUtil::parseIso(iso), std::optional<int64_t>(seconds));
}

void TestTimeUtil::roundTrip()
{
    // Every day from 1899 to 2101 at a moving time of day formats and parses back, and
    // agrees with QDateTime.
    const int64_t from = -2240524800; // 1899-01-01
    const int64_t to = 4133980800;    // 2101-01-01
    for (int64_t s = from; s < to; s += 86400 + 3607) {
        const QString text = TimeUtil::formatUtc(s);
        const QByteArray bytes = text.toLatin1();
        const std::optional<int64_t> parsed = TimeUtil::parseDateTime(
            std::string_view(bytes.constData(), 10), std::string_view(bytes.constData() + 11, 8));
        QVERIFY2(parsed.has_value(), bytes.constData());
        QCOMPARE(*parsed, s);
        const QString qt = QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc())
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(text, qt);
    }
}

void TestTimeUtil::daysFromCivil_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<qint64>("days");

    QTest::newRow("epoch") << 1970 << 1 << 1 << qint64(0);
    QTest::newRow("day before epoch") << 1969 << 12 << 31 << qint64(-1);
    QTest::newRow("2000-03-01") << 2000 << 3 << 1 << qint64(11017);
    QTest::newRow("2000-02-29") << 2000 << 2 << 29 << qint64(11016);
    QTest::newRow("2024-01-02") << 2024 << 1 << 2 << qint64(19724);
    QTest::newRow("1600-02-29") << 1600 << 2 << 29 << qint64(-135081);
}

void TestTimeUtil::daysFromCivil()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(qint64, days);

    QCOMPARE(TimeUtil::daysFromCivil(year, unsigned(month), unsigned(day)), days);
}

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
