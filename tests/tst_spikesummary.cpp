#include "spikesearch.h"
#include "spikesummary.h"
#include "syntheticlog.h"

#include <QJsonObject>
#include <QtTest>

using Synthetic::Day0;
using Synthetic::Event;

namespace {
// A day with background noise of two reasons and one burst at 10:00 of Connection_Dropped
// from a few clients and URLs, while QueueFull rose too.
std::vector<Event> dayWithBurst()
{
    std::vector<Event> burst;
    const int64_t at = Day0 + 36000;
    for (int i = 0; i < 300; ++i) {
        Event e{at + i % 60, "Connection_Dropped"};
        e.clientIp = i % 3 == 0 ? "10.0.0.1" : (i % 3 == 1 ? "10.0.0.2" : "192.0.2.7");
        e.uri = i < 200 ? "/api/orders" : "/checkout";
        e.site = i < 250 ? "2" : "1";
        e.queue = i < 250 ? "ShopAppPool" : "DefaultAppPool";
        burst.push_back(e);
    }
    std::vector<Event> queueFull;
    for (int i = 0; i < 40; ++i)
        queueFull.push_back({at + i, "QueueFull"});
    return Synthetic::merged({Synthetic::spread("Connection_Dropped", Day0, 86400, 96, 1),
                              Synthetic::spread("Timer_ConnectionIdle", Day0, 86400, 14400, 2),
                              burst, queueFull});
}

uint32_t idOf(const LogStore &store, const char *reason)
{
    return uint32_t(store.column(size_t(store.columnOf(LogField::Reason))).pool.find(reason));
}
} // namespace

class TestSpikeSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary();
    void predicateNarrowsTops();
    void logThatIsOnlyTheSpike();
    void rowsPerServer();
};

void TestSpikeSummary::summary()
{
    LogStore store;
    Synthetic::append(store, dayWithBurst());
    ReasonHistogram h;
    h.build(store);
    const std::vector<Spike> spikes = SpikeDetector::detect(h, idOf(store, "Connection_Dropped"));
    QCOMPARE(spikes.size(), size_t(1));
    const SpikeSummary s = SpikeSummary::compute(store, h, spikes[0]);
    QCOMPARE(s.reason, QStringLiteral("Connection_Dropped"));
    QCOMPARE(s.totalRows, uint64_t(store.rowCount()));
    QVERIFY(s.rowsInWindow >= 340);
    QVERIFY(s.shareOfAll() > 0.019 && s.shareOfAll() < 0.022);

    QCOMPARE(s.tops.size(), size_t(4));
    QCOMPARE(s.tops[0].field, LogField::ClientIp);
    QCOMPARE(s.tops[1].field, LogField::Uri);
    QCOMPARE(s.tops[2].field, LogField::SiteId);
    QCOMPARE(s.tops[3].field, LogField::QueueName);
    // The three burst clients lead with 100 each (ties sorted by text).
    QVERIFY(s.tops[0].items.size() >= 3);
    QCOMPARE(s.tops[0].items[0].value, QStringLiteral("10.0.0.1"));
    QVERIFY(s.tops[0].items[0].count >= 100);
    QCOMPARE(s.tops[1].items[0].value, QStringLiteral("/api/orders"));
    QVERIFY(s.tops[1].items[0].count >= 200);
    QCOMPARE(s.tops[1].items[1].value, QStringLiteral("/checkout"));
    QCOMPARE(s.tops[1].items[1].count, uint64_t(100));
    QCOMPARE(s.tops[2].items[0].value, QStringLiteral("2"));
    QCOMPARE(s.tops[2].items[0].count, uint64_t(250));
    QCOMPARE(s.tops[3].items[0].value, QStringLiteral("ShopAppPool"));
    for (const auto &top : s.tops)
        QVERIFY(top.items.size() <= 5);

    // QueueFull rose with it; the steady Timer_ConnectionIdle did not.
    QCOMPARE(s.rises.size(), size_t(1));
    QCOMPARE(s.rises[0].reason, QStringLiteral("QueueFull"));
    QCOMPARE(s.rises[0].count, uint64_t(40));
    QCOMPARE(s.rises[0].expected, 0.0);
}

void TestSpikeSummary::predicateNarrowsTops()
{
    LogStore store;
    const auto events = dayWithBurst();
    Synthetic::append(store, events);
    const int ip = store.columnOf(LogField::ClientIp);
    const uint32_t keepIp = uint32_t(store.column(size_t(ip)).pool.find("10.0.0.2"));
    auto accept = [&](size_t row) { return store.id(size_t(ip), row) == keepIp; };
    ReasonHistogram h;
    h.build(store, accept);
    Spike spike;
    spike.reason = idOf(store, "Connection_Dropped");
    spike.start = Day0 + 36000;
    spike.end = Day0 + 36059;
    spike.count = 100;
    const SpikeSummary s = SpikeSummary::compute(store, h, spike, accept, 2);
    QCOMPARE(s.tops[0].items.size(), size_t(1));
    QCOMPARE(s.tops[0].items[0].value, QStringLiteral("10.0.0.2"));
    QCOMPARE(s.tops[0].items[0].count, uint64_t(100));
    QCOMPARE(s.tops[1].items.size(), size_t(2));
}

void TestSpikeSummary::logThatIsOnlyTheSpike()
{
    std::vector<Event> events;
    for (int i = 0; i < 50; ++i)
        events.push_back({Day0 + i, i % 2 ? "Connection_Dropped" : "QueueFull"});
    LogStore store;
    Synthetic::append(store, events);
    ReasonHistogram h;
    h.build(store);
    Spike spike;
    spike.reason = idOf(store, "Connection_Dropped");
    spike.start = Day0;
    spike.end = Day0 + 49;
    spike.count = 25;
    const SpikeSummary s = SpikeSummary::compute(store, h, spike);
    QCOMPARE(s.rowsInWindow, uint64_t(50));
    QCOMPARE(s.shareOfAll(), 0.5);
    QVERIFY(s.rises.empty()); // nothing around it to compare with
}

void TestSpikeSummary::rowsPerServer()
{
    // WEB01 has the burst, WEB02 a few drops in the same minute (and more later), WEB03
    // only idle connections meanwhile.
    const int64_t at = Day0 + 36000;
    std::vector<Event> web01;
    for (int i = 0; i < 300; ++i)
        web01.push_back({at + i % 60, "Connection_Dropped"});
    std::sort(web01.begin(), web01.end(), [](auto &a, auto &b) { return a.time < b.time; });
    std::vector<Event> web02;
    for (int i = 0; i < 7; ++i)
        web02.push_back({at + 10 + i, "Connection_Dropped"});
    for (int i = 0; i < 3; ++i)
        web02.push_back({at + 100 + i, "Connection_Dropped"});
    std::vector<Event> web03;
    for (int i = 0; i < 30; ++i)
        web03.push_back({at + 2 * i, "Timer_ConnectionIdle"});
    LogStore store;
    store.setFileSet(
        LogFileSet::build({QStringLiteral("/farm")}, {QStringLiteral("/farm/WEB01/httperr1.log"),
                                                      QStringLiteral("/farm/WEB02/httperr1.log"),
                                                      QStringLiteral("/farm/WEB03/httperr1.log")}));
    int32_t file = 0;
    for (const auto &events : {web01, web02, web03}) {
        LogBatch b = Synthetic::batchOf(events);
        b.fileIndex = file++;
        store.append(b);
    }
    store.sortByTime();
    ReasonHistogram h;
    h.build(store);
    Spike spike;
    spike.reason = idOf(store, "Connection_Dropped");
    spike.start = at;
    spike.end = at + 59;
    spike.count = 307;

    const SpikeSummary s = SpikeSummary::compute(store, h, spike);
    QCOMPARE(s.serverCount, 3);
    QCOMPARE(s.servers.size(), size_t(2));
    QCOMPARE(s.servers[0].value, QStringLiteral("WEB01"));
    QCOMPARE(s.servers[0].count, uint64_t(300));
    QCOMPARE(s.servers[1].value, QStringLiteral("WEB02"));
    QCOMPARE(s.servers[1].count, uint64_t(7));

    QCOMPARE(SpikeSummary::serverCounts(store, spike, nullptr), (std::vector<uint64_t>{300, 7, 0}));
    // Over some rows only (ascending store rows): here those of WEB02 and WEB03.
    std::vector<uint32_t> rows;
    for (uint32_t r = 0; r < store.rowCount(); ++r) {
        if (store.serverOf(r) != 0)
            rows.push_back(r);
    }
    QCOMPARE(SpikeSummary::serverCounts(store, spike, &rows), (std::vector<uint64_t>{0, 7, 0}));

    const QJsonArray json = SpikeSearch::toJson(store, {spike}, nullptr);
    QCOMPARE(json.size(), 1);
    const QJsonObject servers = json.at(0).toObject().value(QStringLiteral("servers")).toObject();
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers.value(QStringLiteral("WEB01")).toInteger(), 300);
    QCOMPARE(servers.value(QStringLiteral("WEB02")).toInteger(), 7);
}

QTEST_GUILESS_MAIN(TestSpikeSummary)
#include "tst_spikesummary.moc"
