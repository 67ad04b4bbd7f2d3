// A spike's access-log evidence in the window: the Explanation panel's part (verdict, counts
// beside their usual values, each count a link that filters the Requests table), the links
// read back, and EvidenceController (the servers of the spike, the remembered threshold).
#include "accesslogpair.h"
#include "accesslogparser.h"
#include "appsettings.h"
#include "evidencecontroller.h"
#include "explanationpanel.h"
#include "languagemanager.h"
#include "logsession.h"
#include "requestlink.h"
#include "requestoverlay.h"
#include "requeststore.h"
#include "spikesummary.h"
#include "timelinechart.h"
#include "timelinedata.h"

#include <QAction>
#include <QSignalSpy>
#include <QTextBlock>
#include <QtTest>

using namespace Qt::StringLiterals;
using AccessLogPair::Day0;
using Kind = RequestLink::Kind;

Q_DECLARE_METATYPE(AccessLogPair::Scenario)
Q_DECLARE_METATYPE(RequestFilterState)

namespace {
constexpr int64_t At9 = Day0 + 9 * 3600;

QStringList links(const ExplanationPanel &panel)
{
    QStringList hrefs;
    for (QTextBlock b = panel.document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && !hrefs.contains(href))
                hrefs << href;
        }
    }
    return hrefs;
}

// WEB01 and WEB02 (files 0 and 1), each with `web01` and `web02` as their access logs.
void load(RequestStore &store, const AccessLogPair::Scenario &web01,
          const AccessLogPair::Scenario &web02)
{
    store.setFileSet(LogFileSet::fromFiles({u"/a/WEB01/u_ex.log"_s, u"/a/WEB02/u_ex.log"_s}));
    int file = 0;
    for (const AccessLogPair::Scenario *s : {&web01, &web02}) {
        const QByteArray bytes = AccessLogPair::accessLog(*s);
        AccessLogParser parser(file, u"u_ex260310.log"_s);
        RequestBatch batch;
        batch.fileIndex = file++;
        parser.parse(bytes.constData(), size_t(bytes.size()), batch);
        store.append(batch);
    }
    store.sortByTime();
}

AccessLogPair::Scenario stalled()
{
    AccessLogPair::Scenario s;
    s.stalls.push_back({At9, 60, "/reports/daily.aspx", 127, 64, 125000, 0, 200});
    s.stalls.push_back({At9, 60, "/api/items", 9, 0, 200, 0, 503});
    return s;
}

// Connection_Dropped 9:00:00 - 9:00:59 on `servers`.
SpikeSummary spikeOn(const QStringList &servers)
{
    SpikeSummary s;
    s.reason = u"Connection_Dropped"_s;
    s.spike.start = At9;
    s.spike.end = At9 + 59;
    s.spike.count = 300;
    s.serverCount = 2;
    for (const QString &server : servers)
        s.servers.push_back({server, 300});
    return s;
}
} // namespace

class TestEvidencePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void panelShowsEvidence_data();
    void panelShowsEvidence();
    void linksAskForRequests();
    void linkRoundTrip_data();
    void linkRoundTrip();
    void controllerTakesTheSpikesServers_data();
    void controllerTakesTheSpikesServers();
    void thresholdRemembered();
    void overlayOnTheTimeline();
    void linksFilterTheRequests_data();
    void linksFilterTheRequests();
};

void TestEvidencePanel::initTestCase()
{
    LanguageManager::install(u"en"_s);
}

void TestEvidencePanel::panelShowsEvidence_data()
{
    QTest::addColumn<AccessLogPair::Scenario>("web02");
    QTest::addColumn<QStringList>("lines"); // the evidence's lines in the panel's text

    // WEB02 in 9:00:00 - 9:00:59: its 6 normal requests, 127 that stalled and ended with 64,
    // and 9 quick 503s; the hour around holds 354 normal ones (6.0 a minute).
    QTest::newRow("stall") << stalled()
                           << QStringList{
                                  u"What the IIS access log shows"_s,
                                  u"127 requests to /reports/daily.aspx took over 2 minutes and "
                                  "ended with ‘network name no longer available’ (64) in this "
                                  "window: the application stalled; HTTP.sys dropped the "
                                  "connections it could not log."_s,
                                  u"Requests that ended"_s,
                                  u"142"_s,
                                  u"usually ~6.0"_s,
                                  u"Took 110 s or longer"_s,
                                  u"127"_s,
                                  u"usually ~0.0"_s,
                                  u""_s,
                                  u"127"_s,
                                  u"/reports/daily.aspx"_s,
                                  u"Win32 status 64"_s,
                                  u"127"_s,
                                  u"network name no longer available"_s,
                                  u"Status 503"_s,
                                  u"9"_s,
                                  u""_s,
                                  u"503.0"_s,
                                  u"9"_s,
                                  u"application pool unavailable"_s,
                                  u"Stalled or failed"_s,
                                  u"136"_s,
                                  u"usually ~0.0"_s,
                                  u""_s,
                                  u"Access-log times read as UTC, as IIS writes them. Slow "
                                  "threshold: 110 s…"_s};
    AccessLogPair::Scenario early;
    early.to = Day0 + 8 * 3600 + 1200;
    QTest::newRow("not covered") << early
                                 << QStringList{u"What the IIS access log shows"_s,
                                                u"No access-log rows cover this window."_s,
                                                u"Access-log times read as UTC, as IIS writes "
                                                "them. Slow threshold: 110 s…"_s};
}

void TestEvidencePanel::panelShowsEvidence()
{
    QFETCH(AccessLogPair::Scenario, web02);
    QFETCH(QStringList, lines);
    RequestStore store;
    load(store, stalled(), web02);
    ExplanationPanel panel;
    const SpikeSummary summary = spikeOn({u"WEB02"_s});
    const EvidenceController controller([&store] { return &store; }, nullptr);
    panel.showSpike(summary, controller.evidenceFor(summary));
    QVERIFY(panel.showsSpike());
    const QStringList text = panel.toPlainText().split(u'\n');
    const qsizetype first = text.indexOf(lines.front());
    QVERIFY2(first > 0, qPrintable(text.join(u'\n')));
    QCOMPARE(text.mid(first, lines.size()), lines);
    // Without access logs the panel has no such part.
    panel.showSpike(summary);
    QVERIFY(!panel.toPlainText().contains(u"IIS access log"_s));
}

void TestEvidencePanel::linksAskForRequests()
{
    RequestStore store;
    load(store, AccessLogPair::Scenario(), stalled());
    ExplanationPanel panel;
    const SpikeSummary summary = spikeOn({u"WEB02"_s});
    const EvidenceController controller([&store] { return &store; }, nullptr);
    panel.showSpike(summary, controller.evidenceFor(summary));
    QStringList requestLinks;
    for (const QString &href : links(panel)) {
        if (href.startsWith(u"requests:"_s))
            requestLinks << href;
    }
    const QString window = u"%1-%2"_s.arg(At9).arg(At9 + 59);
    QCOMPARE(
        requestLinks,
        QStringList({u"requests:all:%1:"_s.arg(window), u"requests:slow:%1:"_s.arg(window),
                     u"requests:slowurl:%1:%2Freports%2Fdaily.aspx"_s.arg(window),
                     u"requests:win32:%1:64"_s.arg(window), u"requests:status:%1:503"_s.arg(window),
                     u"requests:status:%1:503.0"_s.arg(window),
                     u"requests:failed:%1:"_s.arg(window)}));
    QSignalSpy requests(&panel, &ExplanationPanel::requestsRequested);
    QSignalSpy threshold(&panel, &ExplanationPanel::slowThresholdRequested);
    Q_EMIT panel.anchorClicked(QUrl(requestLinks.at(2)));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).at(0).value<RequestLink>(),
             (RequestLink{Kind::SlowUrl, At9, At9 + 59, u"/reports/daily.aspx"_s}));
    QVERIFY(links(panel).contains(u"slow:"_s));
    Q_EMIT panel.anchorClicked(QUrl(u"slow:"_s));
    QCOMPARE(threshold.size(), 1);
}

void TestEvidencePanel::linkRoundTrip_data()
{
    QTest::addColumn<RequestLink>("link");
    QTest::newRow("all") << RequestLink{Kind::All, At9, At9 + 59, QString()};
    QTest::newRow("url with spaces and colons")
        << RequestLink{Kind::SlowUrl, At9, At9 + 1, u"/a b:c/é%"_s};
    QTest::newRow("substatus") << RequestLink{Kind::Status, 1, 2, u"503.2"_s};
    QTest::newRow("one second") << RequestLink{Kind::Win32, At9, At9, u"1236"_s};
    QTest::newRow("failed") << RequestLink{Kind::Failed, At9, At9 + 59, QString()};
}

void TestEvidencePanel::linkRoundTrip()
{
    QFETCH(RequestLink, link);
    // Through QUrl as the panel's anchors go.
    const QString url = QUrl(link.toUrl()).toString(QUrl::FullyEncoded);
    const std::optional<RequestLink> back = RequestLink::parse(url);
    QVERIFY(back);
    QCOMPARE(*back, link);
    QVERIFY(!RequestLink::parse(u"requests:nonsense:1-2:"_s));
    QVERIFY(!RequestLink::parse(u"filter:c-ip:1.2.3.4"_s));
}

void TestEvidencePanel::controllerTakesTheSpikesServers_data()
{
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<qulonglong>("total");
    QTest::addColumn<qulonglong>("slow");
    // WEB01 quiet (6 requests in the minute), WEB02 stalled (142).
    QTest::newRow("WEB02") << QStringList{u"WEB02"_s} << 142ULL << 127ULL;
    QTest::newRow("WEB01") << QStringList{u"WEB01"_s} << 6ULL << 0ULL;
    QTest::newRow("both") << QStringList{u"WEB02"_s, u"WEB01"_s} << 148ULL << 127ULL;
    QTest::newRow("none named: all") << QStringList() << 148ULL << 127ULL;
}

void TestEvidencePanel::controllerTakesTheSpikesServers()
{
    QFETCH(QStringList, servers);
    QFETCH(qulonglong, total);
    QFETCH(qulonglong, slow);
    RequestStore store;
    load(store, AccessLogPair::Scenario(), stalled());
    const EvidenceController controller([&store] { return &store; }, nullptr);
    const std::optional<SpikeEvidence> e = controller.evidenceFor(spikeOn(servers));
    QVERIFY(e);
    QCOMPARE(e->total, total);
    QCOMPARE(e->slow, slow);
    // Another reason's spike: none.
    SpikeSummary idle = spikeOn(servers);
    idle.reason = u"Timer_ConnectionIdle"_s;
    QVERIFY(!controller.evidenceFor(idle));
    // No access logs: no evidence.
    const EvidenceController none([] { return nullptr; }, nullptr);
    QVERIFY(!none.evidenceFor(spikeOn(servers)));
}

void TestEvidencePanel::thresholdRemembered()
{
    RequestStore store;
    load(store, AccessLogPair::Scenario(), stalled());
    {
        EvidenceController controller([&store] { return &store; }, nullptr);
        QCOMPARE(controller.slowSeconds(), 110U);
        QSignalSpy changed(&controller, &EvidenceController::thresholdChanged);
        controller.setSlowSeconds(130);
        controller.setSlowSeconds(130);
        controller.setSlowSeconds(0); // refused
        QCOMPARE(changed.size(), 1);
        QCOMPARE(controller.reportRequests().slowSeconds, 130U);
    }
    // A new window starts from the remembered threshold: the stalled requests took 125 s.
    const EvidenceController later([&store] { return &store; }, nullptr);
    QCOMPARE(later.slowSeconds(), 130U);
    QCOMPARE(later.evidenceFor(spikeOn({u"WEB02"_s}))->slow, 0ULL);
    QCOMPARE(AppSettings().slowSeconds(), 130U);
}

void TestEvidencePanel::overlayOnTheTimeline()
{
    // The demo log's day (2026-03-10) as the bars, two servers' access logs of 8:00 - 11:00
    // over them (every server's requests are drawn): 1,080 normal requests each, and on WEB01
    // 127 stalled with win32 64 and 9 quick 503s at 9:00.
    LogSession session;
    TimelineData data(session.tableModel());
    TimelineChart chart;
    chart.setTimelineData(&data);
    chart.resize(1100, 300);
    chart.show();
    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.open({u":/demo/httperr-demo.log"_s});
    QVERIFY(finished.wait(20000));
    data.flush();
    RequestStore store;
    const RequestStore *shown = nullptr;
    load(store, stalled(), AccessLogPair::Scenario());
    EvidenceController controller([&shown] { return shown; }, nullptr);
    controller.setSlowSeconds(110); // whatever an earlier test left remembered
    controller.attachChart(&chart);
    const auto sum = [](const QCPGraph *graph) {
        double total = 0;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            total += it->value;
        return total;
    };
    const RequestOverlay &overlay = chart.requestOverlay();
    QVERIFY(!overlay.isActive());
    QVERIFY(!controller.overlayAction()->isEnabled());
    QVERIFY(!chart.yAxis2->visible());

    shown = &store; // the access logs came in
    controller.requestsChanged();
    chart.setVisibleRange(Day0 + 7 * 3600, Day0 + 12 * 3600);
    QVERIFY(overlay.isActive());
    QVERIFY(controller.overlayAction()->isEnabled() && controller.overlayAction()->isChecked());
    QVERIFY(chart.yAxis2->visible());
    QCOMPARE(sum(overlay.requests()), 2296.0);
    QCOMPARE(sum(overlay.failed()), 136.0);
    QVERIFY(chart.yAxis2->label().startsWith(u"Requests per "_s));
    QCOMPARE(overlay.toolTip(At9, At9 + 60),
             u"<table><tr><td>Requests (IIS access log)</td><td align=right>&nbsp;148</td></tr>"
             "<tr><td>Stalled or failed (≥ 110 s, win32 64/1236/995/121, 500/503)</td>"
             "<td align=right>&nbsp;136</td></tr></table>"_s);
    // In the legend after the bars.
    QCOMPARE(chart.legend->itemCount(), chart.seriesNames().size() + 2);

    controller.overlayAction()->setChecked(false);
    QVERIFY(!overlay.isActive());
    QVERIFY(!overlay.requests()->visible() && !chart.yAxis2->visible());
    QCOMPARE(chart.legend->itemCount(), chart.seriesNames().size());
    QVERIFY(chart.requestsToolTip(double(At9)).isEmpty());
    controller.overlayAction()->setChecked(true);

    // A threshold over the stalled requests' 125 s: they still failed (win32 64).
    controller.setSlowSeconds(130);
    QCOMPARE(sum(overlay.failed()), 136.0);
    controller.setSlowSeconds(110);

    shown = nullptr; // another load started
    controller.requestsChanged();
    QVERIFY(!overlay.isActive());
    QVERIFY(!controller.overlayAction()->isEnabled());
}

void TestEvidencePanel::linksFilterTheRequests_data()
{
    QTest::addColumn<RequestLink>("link");
    QTest::addColumn<RequestFilterState>("state");
    const auto window = [] {
        RequestFilterState s;
        s.from = At9;
        s.to = At9 + 59;
        return s;
    };
    QTest::newRow("all") << RequestLink{Kind::All, At9, At9 + 59, {}} << window();
    RequestFilterState slow = window();
    slow.minTimeTakenMs = 110000;
    QTest::newRow("slow") << RequestLink{Kind::Slow, At9, At9 + 59, {}} << slow;
    RequestFilterState url = slow;
    url.url = u"/reports/daily.aspx"_s;
    QTest::newRow("slow url") << RequestLink{Kind::SlowUrl, At9, At9 + 59, u"/reports/daily.aspx"_s}
                              << url;
    RequestFilterState win32 = window();
    win32.win32Status = u"1236"_s;
    QTest::newRow("win32") << RequestLink{Kind::Win32, At9, At9 + 59, u"1236"_s} << win32;
    RequestFilterState status = window();
    status.status = u"500"_s;
    QTest::newRow("status") << RequestLink{Kind::Status, At9, At9 + 59, u"500"_s} << status;
    RequestFilterState substatus = window();
    substatus.status = u"503"_s;
    substatus.substatus = u"2"_s;
    QTest::newRow("substatus") << RequestLink{Kind::Status, At9, At9 + 59, u"503.2"_s} << substatus;
    RequestFilterState failed = window();
    failed.stalledOrFailedSeconds = 110;
    QTest::newRow("failed") << RequestLink{Kind::Failed, At9, At9 + 59, {}} << failed;
}

void TestEvidencePanel::linksFilterTheRequests()
{
    QFETCH(RequestLink, link);
    QFETCH(RequestFilterState, state);
    EvidenceController controller([] { return nullptr; }, nullptr);
    controller.setSlowSeconds(110);
    QCOMPARE(controller.filterFor(link), state);
}

QTEST_MAIN(TestEvidencePanel)
#include "tst_evidencepanel.moc"
