// SpikeEvidence and EvidenceVerdict on access logs from the generator: exact counts in a
// window and in the hour around it, and the verdict each kind of window gets.
#include "accesslogpair.h"
#include "accesslogparser.h"
#include "evidenceverdict.h"
#include "languagemanager.h"
#include "requeststore.h"
#include "spikeevidence.h"

#include <QTest>

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
void parseInto(const QByteArray &bytes, RequestStore &store)
{
    AccessLogParser parser(0, u"u_ex260310.log"_s);
    RequestBatch batch;
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

QTEST_GUILESS_MAIN(TestSpikeEvidence)
#include "tst_spikeevidence.moc"
