// SpikeEvidence and EvidenceVerdict on access logs from the generator: exact counts in a
// window and in the hour around it, and the verdict each kind of window gets.
#include "accessclock.h"
#include "accesslogpair.h"
#include "accesslogparser.h"
#include "evidenceverdict.h"
#include "languagemanager.h"
#include "requeststore.h"
#include "requesttimeline.h"
#include "spikeevidence.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using AccessLogPair::Day0;
using AccessLogPair::Scenario;
using AccessLogPair::Stall;
using Finding = EvidenceVerdict::Finding;

namespace {
struct Window
{
    int64_t start;
    int64_t end;
};

struct Expected
{
    uint64_t total;
    uint64_t slow;
    uint64_t failed;
    Finding finding;
    QString verdict;
};
} // namespace

Q_DECLARE_METATYPE(Scenario)
Q_DECLARE_METATYPE(Window)
Q_DECLARE_METATYPE(Expected)

namespace {
void parseInto(const QByteArray &bytes, RequestStore &store, int file = 0)
{
    AccessLogParser parser(file, u"u_ex260310.log"_s);
    RequestBatch batch;
    batch.fileIndex = file;
    parser.parse(bytes.constData(), size_t(bytes.size()), batch);
    store.append(batch);
}

constexpr int64_t At9 = Day0 + 9 * 3600;

// Normal traffic and `stall`.
Scenario withStall(const Stall &stall)
{
    Scenario s;
    s.stalls.push_back(stall);
    return s;
}
} // namespace

class TestSpikeEvidence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void judge_data();
    void judge();
    void nothingEnded();
    void serversLeftOut();
    void parseOffset_data();
    void parseOffset();
    void badClockSpec_data();
    void badClockSpec();
    void clocks_data();
    void clocks();
    void timeline_data();
    void timeline();
};

void TestSpikeEvidence::initTestCase()
{
    LanguageManager::install(u"en"_s); // plural forms: "1 request", "over 2 minutes"
}

void TestSpikeEvidence::judge_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<Window>("window");
    QTest::addColumn<Expected>("expected");

    // Normal traffic: a request every 10 s from 8:00 to 11:00, so 6 end in any minute and the
    // hour around a minute holds 354 more (usually 6.0 in a minute). None slow or failed.
    const Window nine{At9, At9 + 59};
    QTest::newRow("stall") << withStall(
        Stall{At9, 60, "/reports/daily.aspx", 127, 64, 125000, 0, 200})
                           << nine
                           << Expected{133, 127, 127, Finding::Stall,
                                       u"127 requests to /reports/daily.aspx took over 2 minutes "
                                       "and ended with ‘network name no longer available’ (64) in "
                                       "this window: the application stalled; HTTP.sys dropped "
                                       "the connections it could not log."_s};
    QTest::newRow("slow, no network error")
        << withStall(Stall{At9, 60, "/search", 30, 0, 112000, 0, 200}) << nine
        << Expected{36, 30, 30, Finding::Stall,
                    u"30 requests to /search took over 112 seconds in this window: the "
                    "application stalled; HTTP.sys dropped the connections it could not log."_s};
    QTest::newRow("503 wave") << withStall(Stall{At9, 60, "/api", 80, 0, 3, 0, 503}) << nine
                              << Expected{86, 0, 80, Finding::ServerErrors,
                                          u"80 requests ended with status 503 (application pool "
                                          "unavailable) in this window: the application side was "
                                          "failing while HTTP.sys dropped connections."_s};
    QTest::newRow("network errors, quick")
        << withStall(Stall{At9, 60, "/video", 25, 1236, 900, 0, 200}) << nine
        << Expected{31, 0, 25, Finding::NetworkErrors,
                    u"25 requests ended with ‘connection aborted by the local system’ (1236) "
                    "without taking long: clients or a load balancer gave up on their "
                    "connections."_s};
    QTest::newRow("quiet") << Scenario() << nine
                           << Expected{6, 0, 0, Finding::NothingUnusual,
                                       u"The access log shows nothing unusual in this window: "
                                       "look at the client side or the network."_s};
    QTest::newRow("after the log ends")
        << Scenario() << Window{Day0 + 12 * 3600, Day0 + 12 * 3600 + 59}
        << Expected{0, 0, 0, Finding::NotCovered, u"No access-log rows cover this window."_s};
}

void TestSpikeEvidence::judge()
{
    QFETCH(Scenario, scenario);
    QFETCH(Window, window);
    QFETCH(Expected, expected);
    RequestStore store;
    parseInto(AccessLogPair::accessLog(scenario), store);
    const SpikeEvidence e = SpikeEvidence::compute(store, window.start, window.end, 110);
    QCOMPARE(e.total, expected.total);
    QCOMPARE(e.slow, expected.slow);
    QCOMPARE(e.failed, expected.failed);
    const EvidenceVerdict v = EvidenceVerdict::judge(e);
    QCOMPARE(v.finding, expected.finding);
    QCOMPARE(v.verdict, expected.verdict);
    if (expected.finding != Finding::NotCovered) {
        // The minute is 60 of the 3,600 seconds around it: 354 normal requests in the other
        // 3,540 make 6.0 a minute.
        QCOMPARE(e.usualTotal, 354.0 * 60 / 3540);
        QCOMPARE(
            v.facts.first(),
            u"Requests that ended in this window: %1 (usually about 6.0)"_s.arg(expected.total));
    }
}

void TestSpikeEvidence::nothingEnded()
{
    // Requests until 9:00 and again from 9:05: none ended between 9:01:00 and 9:03:59.
    Scenario before;
    before.to = At9;
    Scenario after;
    after.from = At9 + 300;
    RequestStore store;
    parseInto(AccessLogPair::accessLog(before), store);
    parseInto(AccessLogPair::accessLog(after), store);
    const SpikeEvidence e = SpikeEvidence::compute(store, At9 + 60, At9 + 239, 110);
    QVERIFY(e.covered);
    QCOMPARE(e.total, uint64_t(0));
    // The hour around (8:32:29 to 9:32:29) holds 165 requests before and 165 after, in the
    // 3,420 seconds outside the 180 of the window.
    QCOMPARE(e.usualTotal, 330.0 * 180 / 3420);
    const EvidenceVerdict v = EvidenceVerdict::judge(e);
    QCOMPARE(v.finding, Finding::NothingEnded);
    QCOMPARE(v.verdict, u"No request ended in this window, where about 17 usually do: the "
                        "application may have hung."_s);
}

void TestSpikeEvidence::serversLeftOut()
{
    // The stalled requests of file 0's server are not counted for a spike of another server.
    RequestStore store;
    store.setFileSet(LogFileSet::fromFiles({u"/a/WEB01/u_ex.log"_s, u"/a/WEB02/u_ex.log"_s}));
    parseInto(AccessLogPair::accessLog(
                  withStall(Stall{At9, 60, "/reports/daily.aspx", 127, 64, 125000, 0, 200})),
              store);
    QCOMPARE(SpikeEvidence::compute(store, At9, At9 + 59, 110, {true, false}).slow, uint64_t(127));
    const SpikeEvidence other = SpikeEvidence::compute(store, At9, At9 + 59, 110, {false, true});
    QCOMPARE(other.total, uint64_t(0));
    QVERIFY(!other.covered);
}

void TestSpikeEvidence::parseOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1: not an offset
    QTest::addColumn<QString>("written");
    QTest::newRow("+02:00") << u"+02:00"_s << 7200 << u"UTC+02:00"_s;
    QTest::newRow("-05:30") << u"-05:30"_s << -19800 << u"UTC-05:30"_s;
    QTest::newRow("+2") << u"+2"_s << 7200 << u"UTC+02:00"_s;
    QTest::newRow("+14:00, the most") << u"+14:00"_s << 50400 << u"UTC+14:00"_s;
    QTest::newRow("0") << u"0"_s << 0 << u"UTC"_s;
    QTest::newRow("utc") << u" utc "_s << 0 << u"UTC"_s;
    QTest::newRow("+14:30") << u"+14:30"_s << -1 << QString();
    QTest::newRow("+02:60") << u"+02:60"_s << -1 << QString();
    QTest::newRow("no sign") << u"2"_s << -1 << QString();
    QTest::newRow("words") << u"CET"_s << -1 << QString();
}

void TestSpikeEvidence::parseOffset()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    QFETCH(QString, written);
    const std::optional<int32_t> offset = AccessClock::parseOffset(text);
    QCOMPARE(offset.has_value(), seconds != -1);
    if (offset) {
        QCOMPARE(*offset, seconds);
        QCOMPARE(AccessClock::offsetText(*offset), written);
    }
}

void TestSpikeEvidence::badClockSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");
    QTest::newRow("no offset") << u"WEB01="_s
                               << u"“WEB01=” is not an offset from UTC such as +02:00 or "
                                  "SERVER=-05:00."_s;
    QTest::newRow("no server") << u"=+02:00"_s
                               << u"“=+02:00” is not an offset from UTC such as +02:00 or "
                                  "SERVER=-05:00."_s;
    QTest::newRow("a zone name") << u"WEB01=CET"_s
                                 << u"“WEB01=CET” is not an offset from UTC such as +02:00 or "
                                    "SERVER=-05:00."_s;
    QTest::newRow("right") << u"web01=-05:00"_s << QString();
}

void TestSpikeEvidence::badClockSpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);
    AccessClock clock;
    QCOMPARE(clock.add(spec), error);
    QCOMPARE(clock.offsetFor(u"WEB01"_s), error.isEmpty() ? -18000 : 0);
    QCOMPARE(clock.isUtc(), !error.isEmpty());
    // What it holds, as add() takes it again.
    QCOMPARE(clock.specs(), error.isEmpty() ? QStringList{u"web01=-05:00"_s} : QStringList());
    AccessClock all;
    QVERIFY(all.add(u"+05:30"_s).isEmpty());
    QVERIFY(all.add(u"WEB02=UTC"_s).isEmpty());
    QCOMPARE(all.specs(), QStringList({u"+05:30"_s, u"web02=UTC"_s}));
}

void TestSpikeEvidence::clocks_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<bool>("both"); // evidence over both servers, else WEB01's alone
    QTest::addColumn<int64_t>("first");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QByteArray>("json"); // "clock"; empty: none

    // Both servers log the same local times, 8:00 to 11:00.
    QTest::newRow("UTC") << QStringList() << true << Day0 + 8 * 3600
                         << u"Access-log times read as UTC, as IIS writes them."_s << QByteArray();
    QTest::newRow("every server +02:00")
        << QStringList{u"+02:00"_s} << false << Day0 + 6 * 3600
        << u"Access-log times read as UTC+02:00, as given for these logs, and converted to UTC."_s
        << QByteArray(R"({"WEB01": "UTC+02:00"})");
    QTest::newRow("WEB02 -05:30, WEB01 looked at")
        << QStringList{u"web02=-05:30"_s} << false << Day0 + 8 * 3600
        << u"Access-log times read as UTC, as IIS writes them."_s
        << QByteArray(R"({"WEB01": "UTC"})");
    QTest::newRow("each its own")
        << QStringList{u"+01:00"_s, u"WEB02=UTC"_s} << true << Day0 + 7 * 3600
        << u"Access-log times read in each server's clock, as given: WEB01 UTC+01:00, WEB02 "
           "UTC."_s
        << QByteArray(R"({"WEB01": "UTC+01:00", "WEB02": "UTC"})");
}

void TestSpikeEvidence::clocks()
{
    QFETCH(QStringList, specs);
    QFETCH(bool, both);
    QFETCH(int64_t, first);
    QFETCH(QString, sentence);
    QFETCH(QByteArray, json);
    AccessClock clock;
    for (const QString &spec : specs)
        QVERIFY(clock.add(spec).isEmpty());
    RequestStore store;
    store.setClock(clock);
    store.setFileSet(LogFileSet::fromFiles({u"/a/WEB01/u_ex.log"_s, u"/a/WEB02/u_ex.log"_s}));
    const QByteArray log = AccessLogPair::accessLog(Scenario());
    parseInto(log, store, 0);
    parseInto(log, store, 1);
    store.sortByTime();
    QCOMPARE(store.firstTime(), first);
    const int64_t nine = Day0 + 9 * 3600;
    const SpikeEvidence e = SpikeEvidence::compute(store, nine, nine + 59, 110, {true, both});
    QCOMPARE(EvidenceVerdict::judge(e).clock, sentence);
    const QJsonValue written = e.toJson().value(u"clock"_s);
    if (json.isEmpty())
        QVERIFY(written.isUndefined());
    else
        QCOMPARE(written.toObject(), QJsonDocument::fromJson(json).object());
}

void TestSpikeEvidence::timeline_data()
{
    QTest::addColumn<uint32_t>("slowSeconds");
    QTest::addColumn<Window>("window"); // [start, end)
    QTest::addColumn<qulonglong>("total");
    QTest::addColumn<qulonglong>("failed");

    // A request every 10 s from 8:00 to 11:00, and 30 to /search that took 125 s (win32 0)
    // and ended in 9:00:00 - 9:00:59.
    QTest::newRow("the stall's minute") << 110U << Window{At9, At9 + 60} << 36ULL << 30ULL;
    QTest::newRow("threshold above them") << 130U << Window{At9, At9 + 60} << 36ULL << 0ULL;
    QTest::newRow("the hour before") << 110U << Window{At9 - 3600, At9} << 360ULL << 0ULL;
    QTest::newRow("everything") << 110U << Window{Day0, Day0 + 86400} << 1110ULL << 30ULL;
    QTest::newRow("one second") << 110U << Window{At9 + 10, At9 + 11} << 2ULL << 1ULL;
    QTest::newRow("before the log") << 110U << Window{Day0, Day0 + 3600} << 0ULL << 0ULL;
    QTest::newRow("empty window") << 110U << Window{At9, At9} << 0ULL << 0ULL;
}

void TestSpikeEvidence::timeline()
{
    QFETCH(uint32_t, slowSeconds);
    QFETCH(Window, window);
    QFETCH(qulonglong, total);
    QFETCH(qulonglong, failed);
    RequestStore store;
    parseInto(AccessLogPair::accessLog(withStall(Stall{At9, 60, "/search", 30, 0, 125000, 0, 200})),
              store);
    store.sortByTime();
    RequestTimeline timeline;
    QVERIFY(timeline.isEmpty());
    timeline.reset(&store, slowSeconds);
    QVERIFY(!timeline.isEmpty());
    QCOMPARE(timeline.total(window.start, window.end), total);
    QCOMPARE(timeline.failed(window.start, window.end), failed);
    timeline.reset(nullptr, slowSeconds);
    QCOMPARE(timeline.total(window.start, window.end), 0ULL);
}

QTEST_GUILESS_MAIN(TestSpikeEvidence)
#include "tst_spikeevidence.moc"
