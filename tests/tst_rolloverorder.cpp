// Roll-over order of every naming scheme, the first #Date of unnamed logs, and natural order.
#include "archivefixture.h"
#include "logfilecollector.h"
#include "naturalorder.h"
#include "rolloverorder.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

using Scheme = RolloverOrder::Scheme;

namespace {
QStringList L(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

// What LogFileCollector makes of `folder`: the logs' paths below it, in reading order, or
// "(problems)" when it reports any.
QStringList collectedNames(const QString &folder)
{
    const LogFileCollector::Result result = LogFileCollector::collect({folder});
    if (!result.problems.empty() || result.files.size() != qsizetype(result.sources.size()))
        return {QStringLiteral("(problems)")};
    QStringList found;
    for (const LogSource &source : result.sources)
        found << QDir(folder).relativeFilePath(source.path());
    return found;
}

qint64 utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toSecsSinceEpoch();
}
} // namespace

class TestRolloverOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void naturalOrder_data();
    void naturalOrder();
    void naturalOrderIgnoresLocale();
    void sortFolder_data();
    void sortFolder();
    void nestedFolders_data();
    void nestedFolders();
    void firstTime_data();
    void firstTime();
};

void TestRolloverOrder::classify_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<qint64>("value");
    const int N = int(Scheme::Numbered);
    const int T = int(Scheme::Timed);
    const int U = int(Scheme::Unnamed);
    QTest::newRow("httperr1") << QStringLiteral("httperr1.log") << N << qint64(1);
    QTest::newRow("httperr1000, upper case")
        << QStringLiteral("HTTPERR1000.LOG") << N << qint64(1000);
    QTest::newRow("monthly") << QStringLiteral("ht2402.log") << T << utc(2024, 2, 1);
    QTest::newRow("daily") << QStringLiteral("ht240229.log") << T << utc(2024, 2, 29);
    QTest::newRow("weekly (week 3 of the month)")
        << QStringLiteral("ht240203.log") << T << utc(2024, 2, 3);
    QTest::newRow("hourly") << QStringLiteral("ht24022917.log") << T << utc(2024, 2, 29, 17);
    QTest::newRow("IIS u_ prefix") << QStringLiteral("u_ht240101.log") << T << utc(2024, 1, 1);
    QTest::newRow("month 13 is no time") << QStringLiteral("ht241301.log") << U << qint64(0);
    QTest::newRow("hour 24 is no time") << QStringLiteral("ht24010124.log") << U << qint64(0);
    QTest::newRow("odd digit count") << QStringLiteral("ht24010.log") << U << qint64(0);
    QTest::newRow("other name") << QStringLiteral("server-errors.log") << U << qint64(0);
    QTest::newRow("httperr without number") << QStringLiteral("httperr.log") << U << qint64(0);
}

void TestRolloverOrder::classify()
{
    QFETCH(QString, name);
    QFETCH(int, scheme);
    QFETCH(qint64, value);
    const RolloverOrder::NameKey key = RolloverOrder::classify(name);
    QCOMPARE(int(key.scheme), scheme);
    QCOMPARE(qint64(key.value), value);
}

void TestRolloverOrder::naturalOrder_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("numbers by value")
        << L({"httperr10.log", "httperr9.log", "httperr100.log", "httperr1.log"})
        << L({"httperr1.log", "httperr9.log", "httperr10.log", "httperr100.log"});
    QTest::newRow("case ignored, then exact text")
        << L({"b.log", "A.log", "a.log", "B.log"}) << L({"A.log", "a.log", "B.log", "b.log"});
    QTest::newRow("leading zeros: same value, fewer zeros first")
        << L({"log007", "log7", "log07", "log6"}) << L({"log6", "log7", "log07", "log007"});
    QTest::newRow("prefix first") << L({"logs2", "logs", "log"}) << L({"log", "logs", "logs2"});
    QTest::newRow("huge numbers") << L({"x123456789012345678901", "x99999999999999999999"})
                                  << L({"x99999999999999999999", "x123456789012345678901"});
}

void TestRolloverOrder::naturalOrder()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);
    std::sort(input.begin(), input.end(),
              [](const QString &a, const QString &b) { return NaturalOrder::less(a, b); });
    QCOMPARE(input, expected);
}

void TestRolloverOrder::naturalOrderIgnoresLocale()
{
    // QCollator's numeric mode gives up under the C locale; this order must not.
    const QLocale before;
    for (const QLocale &locale :
         {QLocale::c(), QLocale(QLocale::German), QLocale(QLocale::Turkish)}) {
        QLocale::setDefault(locale);
        QVERIFY(NaturalOrder::less(u"httperr2.log", u"httperr10.log"));
        QVERIFY(NaturalOrder::less(u"I.log", u"j.log"));
    }
    QLocale::setDefault(before);
}

void TestRolloverOrder::sortFolder_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("httperrN by N")
        << L({"httperr10.log", "httperr2.log", "httperr1.log", "httperr21.log"})
        << L({"httperr1.log", "httperr2.log", "httperr10.log", "httperr21.log"});
    QTest::newRow("daily across a year end") << L({"ht240102.log", "ht231231.log", "ht240101.log"})
                                             << L({"ht231231.log", "ht240101.log", "ht240102.log"});
    QTest::newRow("weekly") << L({"ht240205.log", "ht240201.log", "ht240104.log"})
                            << L({"ht240104.log", "ht240201.log", "ht240205.log"});
    QTest::newRow("monthly") << L({"ht2401.log", "ht2312.log", "ht2402.log"})
                             << L({"ht2312.log", "ht2401.log", "ht2402.log"});
    QTest::newRow("hourly") << L({"ht24010110.log", "ht24010109.log", "ht23123123.log"})
                            << L({"ht23123123.log", "ht24010109.log", "ht24010110.log"});
    QTest::newRow("gzip-compressed old days")
        << L({"ht240103.log", "ht240101.log.gz", "ht240102.log.gz"})
        << L({"ht240101.log.gz", "ht240102.log.gz", "ht240103.log"});
    // Unnamed logs go by the #Date inside (written by the test: see sortFolder()).
    QTest::newRow("names that say nothing, by #Date")
        << L({"zebra.log", "alpha.log", "middle.log"})
        << L({"middle.log", "zebra.log", "alpha.log"});
    QTest::newRow("numbered set, then by time, then by name")
        << L({"nodate.log", "alpha.log", "ht240102.log", "httperr2.log", "httperr1.log"})
        << L({"httperr1.log", "httperr2.log", "ht240102.log", "alpha.log", "nodate.log"});
}

void TestRolloverOrder::sortFolder()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    // #Dates for the unnamed ones: middle first, then zebra, then alpha (after 2024-01-02).
    const QMap<QString, qint64> dates{{QStringLiteral("middle.log"), utc(2023, 6, 1)},
                                      {QStringLiteral("zebra.log"), utc(2023, 7, 1)},
                                      {QStringLiteral("alpha.log"), utc(2024, 3, 1)}};
    for (const QString &name : names) {
        QByteArray text = name == QLatin1String("nodate.log")
                              ? QByteArray("#Software: Microsoft HTTP API 2.0\r\n")
                              : ArchiveFixture::log(dates.value(name, utc(2024, 1, 1)), 2);
        if (name.endsWith(QLatin1String(".gz")))
            text = ArchiveFixture::gzip(text);
        QVERIFY(ArchiveFixture::writeFile(dir.filePath(name), text));
    }
    QCOMPARE(collectedNames(dir.path()), expected);
}

void TestRolloverOrder::nestedFolders_data()
{
    QTest::addColumn<QStringList>("names"); // paths below the opened folder
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a web farm's bundle, unpacked")
        << L({"server2/httperr1.log", "server10/httperr1.log", "server1/httperr2.log",
              "server1/httperr1.log"})
        << L({"server1/httperr1.log", "server1/httperr2.log", "server2/httperr1.log",
              "server10/httperr1.log"});
    QTest::newRow("the folder's own logs before its subfolders'")
        << L({"older/httperr1.log", "httperr2.log", "httperr1.log"})
        << L({"httperr1.log", "httperr2.log", "older/httperr1.log"});
    QTest::newRow("deeper folders, other files left out")
        << L({"a/b/c/ht240101.log.gz", "a/readme.txt", "a/b/httperr1.log", "a/b/c/ht240102.log"})
        << L({"a/b/httperr1.log", "a/b/c/ht240101.log.gz", "a/b/c/ht240102.log"});
    QTest::newRow("logs only in a subfolder")
        << L({"HTTPERR/httperr1.log", "notes.txt"}) << L({"HTTPERR/httperr1.log"});
}

void TestRolloverOrder::nestedFolders()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    for (const QString &name : names) {
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(name).path()));
        QByteArray text = ArchiveFixture::log(utc(2024, 1, 1), 2);
        if (name.endsWith(QLatin1String(".gz")))
            text = ArchiveFixture::gzip(text);
        QVERIFY(ArchiveFixture::writeFile(dir.filePath(name), text));
    }
    QCOMPARE(collectedNames(dir.path()), expected);
}

void TestRolloverOrder::firstTime_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<qint64>("time");
    QTest::newRow("#Date") << QByteArray("#Software: x\r\n#Date: 2024-05-06 07:08:09\r\n")
                           << utc(2024, 5, 6) + 7 * 3600 + 8 * 60 + 9;
    QTest::newRow("BOM and #Date")
        << QByteArray("\xEF\xBB\xBF#Date: 2024-05-06 00:00:00\n") << utc(2024, 5, 6);
    QTest::newRow("no header: first row")
        << QByteArray("2024-05-06 01:00:00 1.2.3.4 5\r\n") << utc(2024, 5, 6, 1);
    QTest::newRow("cut line is not trusted") << QByteArray("#Date: 2024-05-06 01:0") << qint64(-1);
    QTest::newRow("bad #Date") << QByteArray("#Date: yesterday\r\n2024-05-06 01:00:00 x\r\n")
                               << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestRolloverOrder::firstTime()
{
    QFETCH(QByteArray, head);
    QFETCH(qint64, time);
    const std::optional<int64_t> t = RolloverOrder::firstTime(head);
    QCOMPARE(t ? qint64(*t) : qint64(-1), time);
}

QTEST_GUILESS_MAIN(TestRolloverOrder)
#include "tst_rolloverorder.moc"
