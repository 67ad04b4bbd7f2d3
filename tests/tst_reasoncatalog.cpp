#include "reasoncatalog.h"

#include <QtTest>

class TestReasonCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReferenceReasonHasText_data();
    void everyReferenceReasonHasText();
    void catalogListsExactlyTheseReasons();
    void connectionDroppedExplainsBothReadings();
    void unknownReasonIsHonest();
    void caseSensitive();
    void stageTexts();
};

namespace {
// Every reason phrase of the format reference, sections 3 and 4: the 38 Microsoft
// documents, NotFound (undocumented but real) and Request_Too_Large (unverified).
const char *const Documented[] = {"AppOffline",
                                  "AppPoolTimer",
                                  "AppShutdown",
                                  "BadRequest",
                                  "Client_Reset",
                                  "Connection_Abandoned_By_AppPool",
                                  "Connection_Abandoned_By_ReqQueue",
                                  "Connection_Dropped",
                                  "Connection_Dropped_List_Full",
                                  "ConnLimit",
                                  "Connections_Refused",
                                  "Disabled",
                                  "EntityTooLarge",
                                  "FieldLength",
                                  "Forbidden",
                                  "Header",
                                  "Hostname",
                                  "Internal",
                                  "Invalid_CR/LF",
                                  "LengthRequired",
                                  "N/A",
                                  "N/I",
                                  "Number",
                                  "Precondition",
                                  "QueueFull",
                                  "RequestLength",
                                  "Timer_AppPool",
                                  "Timer_ConnectionIdle",
                                  "Timer_EntityBody",
                                  "Timer_HeaderWait",
                                  "Timer_MinBytesPerSecond",
                                  "Timer_ReqQueue",
                                  "Timer_Response",
                                  "Timer_SslRenegotiation",
                                  "URL",
                                  "URL_Length",
                                  "Verb",
                                  "Version_N/S"};
const char *const Undocumented[] = {"NotFound", "Request_Too_Large"};
} // namespace

void TestReasonCatalog::everyReferenceReasonHasText_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("documented");
    QCOMPARE(int(std::size(Documented)), 38);
    for (const char *r : Documented)
        QTest::newRow(r) << QString::fromLatin1(r) << true;
    for (const char *r : Undocumented)
        QTest::newRow(r) << QString::fromLatin1(r) << false;
}

void TestReasonCatalog::everyReferenceReasonHasText()
{
    QFETCH(QString, reason);
    QFETCH(bool, documented);
    const ReasonCatalog::Entry e = ReasonCatalog::lookup(reason);
    QCOMPARE(e.reason, reason);
    QVERIFY(e.known);
    QCOMPARE(e.documented, documented);
    QVERIFY(!e.status.isEmpty());
    QVERIFY2(e.meaning.size() >= 25, qPrintable(e.meaning));
    QVERIFY(!e.causes.isEmpty());
    QVERIFY(!e.checks.isEmpty());
    for (const QString &item : e.causes + e.checks + e.settings) {
        QVERIFY(!item.trimmed().isEmpty());
        QVERIFY(!item.contains(QLatin1Char('\n')));
    }
    // Short enough to read under pressure.
    QVERIFY2(e.meaning.size() < 420, qPrintable(reason));
}

void TestReasonCatalog::catalogListsExactlyTheseReasons()
{
    QStringList expected;
    for (const char *r : Documented)
        expected << QString::fromLatin1(r);
    for (const char *r : Undocumented)
        expected << QString::fromLatin1(r);
    expected.sort();
    QCOMPARE(ReasonCatalog::knownReasons(), expected);
}

void TestReasonCatalog::connectionDroppedExplainsBothReadings()
{
    const ReasonCatalog::Entry e = ReasonCatalog::lookup(QStringLiteral("Connection_Dropped"));
    const QString causes = e.causes.join(QLatin1Char(' '));
    const QString checks = e.checks.join(QLatin1Char(' '));
    // Reading 1: too slow to hand back the response or logging data (about two minutes).
    QVERIFY(causes.contains(QLatin1String("Reading 1")));
    QVERIFY(causes.contains(QLatin1String("two minutes")));
    QVERIFY(causes.contains(QLatin1String("logging data")));
    // Reading 2: the application failed to send the response.
    QVERIFY(causes.contains(QLatin1String("Reading 2")));
    QVERIFY(causes.contains(QLatin1String("failed to send")));
    for (const char *what : {"thread starvation", "Event Viewer", "Failed Request Tracing",
                             "load balancer", "proxy", "time-taken"})
        QVERIFY2(checks.contains(QLatin1String(what)), what);
}

void TestReasonCatalog::unknownReasonIsHonest()
{
    const ReasonCatalog::Entry e = ReasonCatalog::lookup(QStringLiteral("Http2_Stream_Reset"));
    QVERIFY(!e.known);
    QVERIFY(!e.documented);
    QVERIFY(e.meaning.contains(QLatin1String("Undocumented")));
    QVERIFY(e.meaning.contains(QLatin1String("Http2_Stream_Reset")));
    QVERIFY(e.causes.isEmpty());
    QVERIFY(!e.checks.isEmpty());
    QCOMPARE(e.stage, ReasonCatalog::Stage::Unknown);
}

void TestReasonCatalog::caseSensitive()
{
    // HTTP.sys writes "URL"; "Url" is not the documented token.
    QVERIFY(ReasonCatalog::lookup(QStringLiteral("URL")).known);
    QVERIFY(!ReasonCatalog::lookup(QStringLiteral("Url")).known);
    QVERIFY(!ReasonCatalog::lookup(QStringLiteral("Version")).known);
}

void TestReasonCatalog::stageTexts()
{
    for (const auto stage : {ReasonCatalog::Stage::Connection, ReasonCatalog::Stage::Parse,
                             ReasonCatalog::Stage::Queue, ReasonCatalog::Stage::Unknown})
        QVERIFY(!ReasonCatalog::stageText(stage).isEmpty());
}

QTEST_GUILESS_MAIN(TestReasonCatalog)
#include "tst_reasoncatalog.moc"
