// A spike's access-log evidence as the window wires it (EvidenceController::wire): a bundle of
// two servers' httperr and IIS access logs loads, the selected spike is explained with what the
// access log shows, its numbers filter the Requests tab, the slow threshold changes what is
// shown, and the report and Copy Summary's Markdown carry the same verdict.
#include "accesslogpair.h"
#include "appsettings.h"
#include "displayclock.h"
#include "evidencecontroller.h"
#include "explanationpanel.h"
#include "languagemanager.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "logtableview.h"
#include "reportbuilder.h"
#include "reportcontroller.h"
#include "requestlink.h"
#include "requestoverlay.h"
#include "requestscontroller.h"
#include "requesttablemodel.h"
#include "spikecontroller.h"
#include "timelinechart.h"
#include "timelinedata.h"
#include "timelinewidget.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

using namespace Qt::StringLiterals;
using AccessLogPair::Day0;

namespace {
constexpr int64_t At9 = Day0 + 9 * 3600;

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// WEB01 quiet; WEB02 with 127 requests to /reports/daily.aspx that took 125 s and ended with
// win32 64 in 9:00:00 - 9:00:59, while HTTP.sys logged 300 Connection_Dropped. With `ahead`,
// WEB02's access log was written on a clock that many seconds ahead of UTC.
bool writeBundle(const QString &root, int64_t ahead = 0)
{
    AccessLogPair::Scenario stalled;
    stalled.stalls.push_back({At9, 60, "/reports/daily.aspx", 127, 64, 125000, 300});
    AccessLogPair::Scenario local = stalled;
    local.from += ahead;
    local.to += ahead;
    local.stalls.front().start += ahead;
    const AccessLogPair::Scenario quiet;
    return write(root + u"/WEB01/LogFiles/HTTPERR/httperr1.log"_s, AccessLogPair::httpErrLog(quiet))
           && write(root + u"/WEB01/LogFiles/W3SVC1/u_ex260310.log"_s,
                    AccessLogPair::accessLog(quiet))
           && write(root + u"/WEB02/LogFiles/HTTPERR/httperr1.log"_s,
                    AccessLogPair::httpErrLog(stalled))
           && write(root + u"/WEB02/LogFiles/W3SVC1/u_ex260310.log"_s,
                    AccessLogPair::accessLog(local));
}

const QString StallVerdict =
    u"127 requests to /reports/daily.aspx took over 2 minutes and ended with ‘network name no "
    "longer available’ (64) in this window: the application stalled; HTTP.sys dropped the "
    "connections it could not log."_s;

struct Window
{
    LogSession session;
    DisplayClock clock;
    LogFilterModel filter;
    TimelineData data{session.tableModel()};
    QMainWindow window;
    TimelineWidget *timeline = new TimelineWidget;
    ExplanationPanel *explanation = new ExplanationPanel(&window); // not in a layout: owned here
    LogTableView *table = new LogTableView;
    QWidget *errors = new QWidget;
    RequestsController *requests = nullptr;
    SpikeController *spikes = nullptr;
    ReportController *reports = nullptr;
    QMenu *menu = new QMenu(&window);
    EvidenceController *evidence = nullptr;

    Window()
    {
        filter.setSourceModel(session.tableModel());
        timeline->setTimelineData(&data);
        table->setModel(&filter);
        (new QVBoxLayout(errors))->addWidget(table);
        requests = new RequestsController(&session, &clock, errors, &window);
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(timeline);
        layout->addWidget(requests->tabs());
        window.setCentralWidget(central);
        spikes = new SpikeController(timeline, explanation, table, &filter, &window);
        reports = new ReportController(&session, table, &window);
        reports->setSpikeSource([this] { return spikes->selectedSummary(); });
        evidence = EvidenceController::wire(
            {&session, spikes, explanation, requests, reports, timeline->chart(), menu}, &window);
        window.resize(1280, 800);
    }
};
} // namespace

class TestEvidenceWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spikeExplainedWithItsRequests();
    void localTimeAccessLogs();
};

void TestEvidenceWindow::initTestCase()
{
    LanguageManager::install(u"en"_s);
}

void TestEvidenceWindow::spikeExplainedWithItsRequests()
{
    QTemporaryDir dir;
    QVERIFY(writeBundle(dir.path()));
    Window w;
    w.evidence->setSlowSeconds(110);
    QSignalSpy finished(&w.session, &LogSession::loadFinished);
    w.session.open({dir.path()});
    QVERIFY(finished.wait(20000));
    w.data.flush();
    QCOMPARE(w.session.requests()->rowCount(), size_t(2 * 1080 + 127));
    QVERIFY(w.evidence->overlayAction()->isEnabled());
    QVERIFY(w.timeline->chart()->requestOverlay().isActive());
    // A separator, the overlay, the threshold and the clocks.
    QCOMPARE(w.menu->actions().size(), 4);

    QVERIFY(w.spikes->select(0));
    const QStringList text = w.explanation->toPlainText().split(u'\n');
    QVERIFY2(text.contains(StallVerdict), qPrintable(text.join(u'\n')));
    QVERIFY(text.contains(u"Took 110 s or longer"_s));

    // The slow requests' number: the Requests tab shows just those.
    Q_EMIT w.explanation->anchorClicked(
        QUrl(RequestLink{RequestLink::Kind::Slow, At9, At9 + 59, {}}.toUrl()));
    QCOMPARE(w.requests->tabs()->currentIndex(), 1);
    QCOMPARE(w.requests->model()->rowCount(), 127);
    Q_EMIT w.explanation->anchorClicked(
        QUrl(RequestLink{RequestLink::Kind::All, At9, At9 + 59, {}}.toUrl()));
    QCOMPARE(w.requests->model()->rowCount(), 127 + 6 + 6); // and both servers' normal ones
    // Stalled or failed: the 127 slow ones; the normal requests neither took long nor failed.
    Q_EMIT w.explanation->anchorClicked(
        QUrl(RequestLink{RequestLink::Kind::Failed, At9, At9 + 59, {}}.toUrl()));
    QCOMPARE(w.requests->model()->rowCount(), 127);

    // The report and Copy Summary say the same.
    const std::optional<ReportData> report = w.reports->collect(false, false);
    QVERIFY(report);
    QCOMPARE(report->spikes.size(), size_t(1));
    QCOMPARE(report->spikes.front().evidence, StallVerdict);
    QVERIFY(ReportBuilder::markdown(*report).contains(u"IIS access log: "_s + StallVerdict));

    // Another threshold: the explanation shown follows.
    w.evidence->setSlowSeconds(130);
    QVERIFY(w.explanation->toPlainText().split(u'\n').contains(u"Took 130 s or longer"_s));
    QCOMPARE(w.reports->collect(false, false)->spikes.front().evidence,
             u"127 requests ended with ‘network name no longer available’ (64) without taking "
             "long: clients or a load balancer gave up on their connections."_s);
    w.evidence->setSlowSeconds(110);

    // Other files: the requests are gone until the new ones are in.
    QSignalSpy again(&w.session, &LogSession::loadFinished);
    w.session.open({dir.filePath(u"WEB01/LogFiles/HTTPERR"_s)});
    QVERIFY(again.wait(20000));
    QVERIFY(!w.evidence->overlayAction()->isEnabled());
    QVERIFY(!w.timeline->chart()->requestOverlay().isActive());
}

void TestEvidenceWindow::localTimeAccessLogs()
{
    QTemporaryDir dir;
    QVERIFY(writeBundle(dir.path(), 7200)); // WEB02 logs on a clock two hours ahead
    Window w;
    QVERIFY(w.evidence->setClocks({}).isEmpty());
    QSignalSpy finished(&w.session, &LogSession::loadFinished);
    w.session.open({dir.path()});
    QVERIFY(finished.wait(20000));
    w.data.flush();
    QVERIFY(w.spikes->select(0));
    QVERIFY(w.explanation->toPlainText().split(u'\n').contains(
        u"No access-log rows cover this window."_s));

    // Not an offset: nothing changes.
    QCOMPARE(w.evidence->setClocks({u"WEB02=CET"_s}),
             u"“WEB02=CET” is not an offset from UTC such as +02:00 or SERVER=-05:00."_s);
    QVERIFY(AppSettings().accessClocks().isEmpty());
    // WEB02's clock given: the files are read again, its requests meet the spike.
    QVERIFY(w.evidence->setClocks({u" web02 = +02:00"_s}).isEmpty());
    QCOMPARE(AppSettings().accessClocks(), QStringList{u"web02=+02:00"_s});
    QVERIFY(finished.wait(20000));
    w.data.flush();
    QVERIFY(w.spikes->select(0));
    const QStringList text = w.explanation->toPlainText().split(u'\n');
    QVERIFY2(text.contains(StallVerdict), qPrintable(text.join(u'\n')));
    QVERIFY(text.contains(u"Access-log times read as UTC+02:00, as given for these logs, and "
                          "converted to UTC. Slow threshold: 110 s…"_s));
    // A new window reads them so too.
    Window later;
    QCOMPARE(later.session.requests()->store().clock().offsetFor(u"WEB02"_s), 7200);
    QVERIFY(w.evidence->setClocks({}).isEmpty());
}

QTEST_MAIN(TestEvidenceWindow)
#include "tst_evidencewindow.moc"
