// What the window and the report say a spike most likely is: one verdict per pattern of
// clients, URLs, pools, servers and what else rose, with its exact words.
#include "languagemanager.h"
#include "spikesummary.h"
#include "spikeverdict.h"

#include <QtTest>

Q_DECLARE_METATYPE(SpikeVerdict::Pattern)

namespace {
// "value=rows" pairs, most first.
std::vector<SpikeSummary::Item> items(const QStringList &pairs)
{
    std::vector<SpikeSummary::Item> out;
    for (const QString &pair : pairs)
        out.push_back({pair.section(QLatin1Char('='), 0, -2),
                       pair.section(QLatin1Char('='), -1).toULongLong()});
    return out;
}

const QStringList ManyClients{QStringLiteral("192.0.2.1=5"), QStringLiteral("198.51.100.2=5"),
                              QStringLiteral("203.0.113.3=5"), QStringLiteral("10.1.0.4=5"),
                              QStringLiteral("10.2.0.5=5")};
} // namespace

class TestSpikeVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void judge_data();
    void judge();
};

void TestSpikeVerdict::initTestCase()
{
    LanguageManager::install(QStringLiteral("en")); // plural forms: "1 URL", "4 client addresses"
}

void TestSpikeVerdict::judge_data()
{
    QTest::addColumn<QStringList>("clients");
    QTest::addColumn<int>("distinctClients");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QStringList>("queues");
    QTest::addColumn<QStringList>("rises");
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<int>("serverCount");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<SpikeVerdict::Pattern>("pattern");
    QTest::addColumn<QString>("intensity");
    QTest::addColumn<QString>("reach");
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<QString>("firstCheck");

    const QString usual =
        QStringLiteral("30 times its usual rate at the peak; 80 % of all rows in that time.");
    const QStringList oneUrl{QStringLiteral("/=100")};
    const QStringList noUrl{QStringLiteral("-=100")};
    const QStringList noPool{QStringLiteral("-=100")};
    QTest::newRow("one client")
        << QStringList{QStringLiteral("203.0.113.9=70"), QStringLiteral("10.0.0.1=10"),
                       QStringLiteral("10.0.0.2=10"), QStringLiteral("10.0.0.3=10")}
        << 4 << oneUrl << noPool << QStringList() << QStringList() << 1 << 10.0
        << SpikeVerdict::Pattern::OneClient << usual
        << QStringLiteral("From 4 client addresses and 1 URL.")
        << QStringLiteral("Most likely one client's burst: 203.0.113.9 opened and dropped "
                          "connections itself (a retry loop, a test tool, a scanner), not a "
                          "server problem.")
        << QStringLiteral(
               "Find out who 203.0.113.9 is (reverse DNS, firewall or load balancer logs).");
    QTest::newRow("proxy nodes")
        << QStringList{QStringLiteral("10.20.0.11=30"), QStringLiteral("10.20.0.12=30"),
                       QStringLiteral("198.51.100.1=20"), QStringLiteral("198.51.100.2=20")}
        << 4 << oneUrl << noPool << QStringList()
        << QStringList{QStringLiteral("WEB01=50"), QStringLiteral("WEB02=50")} << 2 << 10.0
        << SpikeVerdict::Pattern::ProxyNodes << usual
        << QStringLiteral("From 4 client addresses and 1 URL, on both servers.")
        << QStringLiteral("Most likely the load balancer or proxy in front (10.20.0.0/24) closed "
                          "or recycled its connections to the server.")
        << QStringLiteral("Compare the load balancer's idle timeout with IIS's connection "
                          "timeout: the load balancer's should be the shorter.");
    QTest::newRow("few clients")
        << QStringList{QStringLiteral("203.0.113.1=30"), QStringLiteral("198.51.100.7=30"),
                       QStringLiteral("192.0.2.3=25"), QStringLiteral("10.0.0.9=5")}
        << 12 << oneUrl << noPool << QStringList() << QStringList() << 1 << 10.0
        << SpikeVerdict::Pattern::FewClients << usual
        << QStringLiteral("From 12 client addresses and 1 URL.")
        << QStringLiteral("Most likely a burst from a few clients: the busiest three sent 85 % "
                          "of the rows; look at them before the server.")
        << QStringLiteral("Find out who the top client addresses are and what they ran then.");
    QTest::newRow("application reason rose")
        << ManyClients << 80 << QStringList{QStringLiteral("/api=60"), QStringLiteral("-=40")}
        << noPool
        << QStringList{QStringLiteral("Timer_ConnectionIdle"), QStringLiteral("QueueFull")}
        << QStringList{QStringLiteral("WEB01=40"), QStringLiteral("WEB02=35"),
                       QStringLiteral("WEB03=25")}
        << 3 << 10.0 << SpikeVerdict::Pattern::ApplicationStall << usual
        << QStringLiteral("From 80 client addresses and 2 URLs, on all 3 servers.")
        << QStringLiteral("Most likely the application stalled or recycled: QueueFull rose at "
                          "the same time, and many clients gave up waiting.")
        << QStringLiteral("Look in the Windows event logs for application pool recycles, "
                          "crashes or rapid-fail protection at that time (WAS events 5002, 5011, "
                          "5013).");
    QTest::newRow("requests waiting in one pool")
        << ManyClients << 80 << QStringList{QStringLiteral("/orders=90"), QStringLiteral("-=10")}
        << QStringList{QStringLiteral("ShopPool=95"), QStringLiteral("-=5")} << QStringList()
        << QStringList() << 1 << 10.0 << SpikeVerdict::Pattern::ApplicationStall << usual
        << QStringLiteral("From 80 client addresses and 2 URLs.")
        << QStringLiteral("Most likely the application stalled: many clients gave up while their "
                          "requests waited in ShopPool.")
        << QStringLiteral("Look in the Windows event logs for application pool recycles, "
                          "crashes or rapid-fail protection at that time (WAS events 5002, 5011, "
                          "5013).");
    QTest::newRow("one server of three")
        << ManyClients << 80 << noUrl << noPool << QStringList()
        << QStringList{QStringLiteral("WEB03=100")} << 3 << 10.0 << SpikeVerdict::Pattern::OneServer
        << usual << QStringLiteral("From 80 client addresses and 1 URL, only on WEB03.")
        << QStringLiteral("Most likely a problem of WEB03 alone (its network, host or "
                          "application pool): the other servers stayed normal.")
        << QStringLiteral("Compare WEB03 with the other servers at that time: event logs, "
                          "network adapter, updates or a restart.");
    QTest::newRow("one server of three, a few rows elsewhere")
        << ManyClients << 80 << noUrl << noPool << QStringList()
        << QStringList{QStringLiteral("WEB03=90"), QStringLiteral("WEB01=6"),
                       QStringLiteral("WEB02=4")}
        << 3 << 10.0 << SpikeVerdict::Pattern::OneServer << usual
        << QStringLiteral("From 80 client addresses and 1 URL, nearly all on WEB03 (90 of 100 "
                          "rows).")
        << QStringLiteral("Most likely a problem of WEB03 alone (its network, host or "
                          "application pool): the other servers stayed normal.")
        << QStringLiteral("Compare WEB03 with the other servers at that time: event logs, "
                          "network adapter, updates or a restart.");
    QTest::newRow("application stall on one server of three")
        << ManyClients << 80 << QStringList{QStringLiteral("/orders=90"), QStringLiteral("-=10")}
        << QStringList{QStringLiteral("DefaultAppPool=100")} << QStringList()
        << QStringList{QStringLiteral("WEB03=95"), QStringLiteral("WEB01=3"),
                       QStringLiteral("WEB02=2")}
        << 3 << 10.0 << SpikeVerdict::Pattern::ApplicationStall << usual
        << QStringLiteral("From 80 client addresses and 2 URLs, nearly all on WEB03 (95 of 100 "
                          "rows).")
        << QStringLiteral("Most likely the application stalled: many clients gave up while their "
                          "requests waited in DefaultAppPool. Nearly all of these rows came from "
                          "WEB03: look there first.")
        << QStringLiteral("Look in the Windows event logs for application pool recycles, "
                          "crashes or rapid-fail protection at that time (WAS events 5002, 5011, "
                          "5013).");
    QTest::newRow("every server")
        << ManyClients << 80 << noUrl << noPool << QStringList()
        << QStringList{QStringLiteral("WEB01=34"), QStringLiteral("WEB02=33"),
                       QStringLiteral("WEB03=33")}
        << 3 << 10.0 << SpikeVerdict::Pattern::Shared << usual
        << QStringLiteral("From 80 client addresses and 1 URL, on all 3 servers.")
        << QStringLiteral("Most likely something all servers share: the network, a load "
                          "balancer or firewall in front, or a back end they all use.")
        << QStringLiteral("Read the logs of the load balancer, firewall or network devices in "
                          "front of the servers for that time.");
    QTest::newRow("two of three servers, usually absent")
        << ManyClients << 80 << noUrl << noPool << QStringList()
        << QStringList{QStringLiteral("WEB01=50"), QStringLiteral("WEB02=50")} << 3 << 0.0
        << SpikeVerdict::Pattern::Shared
        << QStringLiteral("Usually absent; 80 % of all rows in that time.")
        << QStringLiteral("From 80 client addresses and 1 URL, on 2 of 3 servers.")
        << QStringLiteral("Most likely something all servers share: the network, a load "
                          "balancer or firewall in front, or a back end they all use.")
        << QStringLiteral("Read the logs of the load balancer, firewall or network devices in "
                          "front of the servers for that time.");
    QTest::newRow("one server loaded")
        << ManyClients << 80 << noUrl << noPool << QStringList() << QStringList() << 1 << 10.0
        << SpikeVerdict::Pattern::Shared << usual
        << QStringLiteral("From 80 client addresses and 1 URL.")
        << QStringLiteral("Most likely the server or the network in front of it, not the "
                          "clients: many of them lost connections at once.")
        << QStringLiteral("Read the logs of the load balancer, firewall or network devices in "
                          "front of the servers for that time.");
}

void TestSpikeVerdict::judge()
{
    QFETCH(QStringList, clients);
    QFETCH(int, distinctClients);
    QFETCH(QStringList, urls);
    QFETCH(QStringList, queues);
    QFETCH(QStringList, rises);
    QFETCH(QStringList, servers);
    QFETCH(int, serverCount);
    QFETCH(double, baseline);
    SpikeSummary s;
    s.reason = QStringLiteral("Connection_Dropped");
    s.spike.count = 100;
    s.spike.peakPerMinute = 300;
    s.spike.baselinePerMinute = baseline;
    s.rowsInWindow = 125;
    s.tops.push_back({LogField::ClientIp, items(clients), size_t(distinctClients)});
    s.tops.push_back({LogField::Uri, items(urls), size_t(urls.size())});
    s.tops.push_back({LogField::QueueName, items(queues), size_t(queues.size())});
    for (const QString &reason : rises)
        s.rises.push_back({reason, 20, 2.0});
    s.servers = items(servers);
    s.serverCount = serverCount;

    const SpikeVerdict v = SpikeVerdict::judge(s);
    QTEST(v.pattern, "pattern");
    QTEST(v.intensity, "intensity");
    QTEST(v.reach, "reach");
    QTEST(v.meaning, "meaning");
    QVERIFY(v.checks.size() >= 2);
    QTEST(v.checks.first(), "firstCheck");
}

QTEST_MAIN(TestSpikeVerdict)
#include "tst_spikeverdict.moc"
