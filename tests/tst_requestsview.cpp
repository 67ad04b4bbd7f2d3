// The Requests tab and the related requests under the errors table, as the window wires them
// (RequestsController over a LogSession): disabled with a hint until access logs load, filtered
// by showRequests() and by links, and the requests of a selected httperr row.

#include "accesslogpair.h"
#include "displayclock.h"
#include "languagemanager.h"
#include "logsession.h"
#include "relatedrequests.h"
#include "relatedrequestspanel.h"
#include "requestfilterbar.h"
#include "requestscontroller.h"
#include "requestspanel.h"
#include "requesttablemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// One server, 08:00-09:00: 360 normal requests and 60 idle timeouts, and at 08:30 a stall of
// 40 requests to /reports/daily.aspx over 60 s (125 s, win32 64) with 40 Connection_Dropped.
AccessLogPair::Scenario scenario()
{
    AccessLogPair::Scenario s;
    s.from = AccessLogPair::Day0 + 8 * 3600;
    s.to = s.from + 3600;
    AccessLogPair::Stall stall;
    stall.start = s.from + 1800;
    stall.requests = 40;
    stall.dropped = 40;
    s.stalls.push_back(stall);
    return s;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The first httperr row whose URL is `uri`.
size_t rowWithUri(const LogStore &store, std::string_view uri)
{
    const int column = store.columnOf(LogField::Uri);
    for (size_t r = 0; r < store.rowCount(); ++r) {
        if (store.text(size_t(column), r) == uri)
            return r;
    }
    return store.rowCount();
}

struct Window
{
    LogSession session;
    DisplayClock clock;
    QWidget *errors = new QWidget;
    RequestsController controller{&session, &clock, errors};
    std::unique_ptr<QTabWidget> tabs{controller.tabs()};

    Window() { new QVBoxLayout(errors); }
    QTabWidget *tabWidget() const { return controller.tabs(); }
};
} // namespace

class TestRequestsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void disabledWithoutAccessLogs();
    void showRequestsFilters_data();
    void showRequestsFilters();
    void relatedRequests_data();
    void relatedRequests();
    void relatedRequestsOfOneServer();

private:
    QTranslator m_english; // the plural forms of the source texts
    QTemporaryDir m_dir;
    QTemporaryDir m_httpErrOnly;
};

void TestRequestsView::initTestCase()
{
    QVERIFY(m_english.load(u"httperr_en"_s, LanguageManager::catalogueDirectory()));
    QCoreApplication::installTranslator(&m_english);
}

void TestRequestsView::init()
{
    QVERIFY(write(m_dir.filePath(u"WEB01/W3SVC1/u_ex260310.log"_s),
                  AccessLogPair::accessLog(scenario())));
    QVERIFY(write(m_dir.filePath(u"WEB01/HTTPERR/httperr1.log"_s),
                  AccessLogPair::httpErrLog(scenario())));
    QVERIFY(
        write(m_httpErrOnly.filePath(u"httperr1.log"_s), AccessLogPair::httpErrLog(scenario())));
}

void TestRequestsView::disabledWithoutAccessLogs()
{
    Window w;
    QTabWidget *tabs = w.tabWidget();
    QCOMPARE(tabs->count(), 2);
    QVERIFY(!tabs->isTabEnabled(1));
    QCOMPARE(tabs->tabToolTip(1), RequestsPanel::noAccessLogsText());
    QSignalSpy messages(&w.controller, &RequestsController::message);
    w.controller.showRequests(0, 10);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(messages.count(), 1);
    QVERIFY(!w.controller.relatedPanel()->isVisibleTo(w.errors));

    QSignalSpy finished(&w.session, &LogSession::loadFinished);
    w.session.open({m_dir.path()});
    QVERIFY(finished.wait(20000));
    QVERIFY(tabs->isTabEnabled(1));
    QVERIFY(w.controller.relatedPanel()->isVisibleTo(w.errors));
    QCOMPARE(w.controller.model()->rowCount(), 400);

    // Back to httperr alone: the tab is disabled again and the errors shown.
    w.controller.showRequests(RequestFilterState());
    QCOMPARE(tabs->currentIndex(), 1);
    w.session.open({m_httpErrOnly.path()});
    QVERIFY(finished.wait(20000));
    QVERIFY(!tabs->isTabEnabled(1));
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(w.session.tableModel()->rowCount(), 100);
    QVERIFY(!w.controller.relatedPanel()->isVisibleTo(w.errors));
}

void TestRequestsView::showRequestsFilters_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("win32");
    QTest::addColumn<int>("minMs");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("fromMinute"); // minutes after 08:00, inclusive
    QTest::addColumn<int>("toMinute");
    QTest::addColumn<int>("rows");
    // 08:30:00 - 08:31:00 holds 7 normal requests (every 10 s, both ends) and all 40 stalled.
    QTest::newRow("window") << QString() << QString() << 0 << QString() << 30 << 31 << 47;
    QTest::newRow("slow in window")
        << QString() << QString() << 110000 << QString() << 30 << 31 << 40;
    QTest::newRow("win32 64 to the URL")
        << u"/reports/daily.aspx"_s << u"64"_s << 0 << QString() << 0 << 60 << 40;
    QTest::newRow("404s in the first hour")
        << QString() << QString() << 0 << u"404"_s << 0 << 60 << 7;
    QTest::newRow("nothing slow before the stall")
        << QString() << QString() << 110000 << QString() << 0 << 29 << 0;
}

void TestRequestsView::showRequestsFilters()
{
    QFETCH(QString, url);
    QFETCH(QString, win32);
    QFETCH(int, minMs);
    QFETCH(QString, status);
    QFETCH(int, fromMinute);
    QFETCH(int, toMinute);
    QFETCH(int, rows);
    Window w;
    QAbstractItemModelTester tester(w.controller.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&w.session, &LogSession::loadFinished);
    w.session.open({m_dir.path()});
    QVERIFY(finished.wait(20000));
    const int64_t start = AccessLogPair::Day0 + 8 * 3600;
    const std::optional<uint32_t> min =
        minMs > 0 ? std::optional<uint32_t>(uint32_t(minMs)) : std::nullopt;
    w.controller.showRequests(start + fromMinute * 60, start + toMinute * 60, url, win32, min,
                              status);
    QCOMPARE(w.tabWidget()->currentIndex(), 1);
    QCOMPARE(w.controller.model()->rowCount(), rows);
    // The fields show what the link asked for.
    const RequestFilterState shown = w.controller.panel()->filterBar()->state();
    QCOMPARE(shown.url, url);
    QCOMPARE(shown.win32Status, win32);
    QCOMPARE(shown.minTimeTakenMs, min);
    QCOMPARE(shown.status, status);
    QCOMPARE(shown.from, std::optional<int64_t>(start + fromMinute * 60));

    // The same through a link, after the filter was cleared.
    w.controller.showRequests(RequestFilterState());
    QCOMPARE(w.controller.model()->rowCount(), 400);
    QVERIFY(w.controller.openLink(shown.toLink()));
    QCOMPARE(w.controller.model()->rowCount(), rows);
    QVERIFY(!w.controller.openLink(QUrl(u"https://example.com/"_s)));
    QCOMPARE(w.controller.model()->rowCount(), rows);
}

void TestRequestsView::relatedRequests_data()
{
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<int>("skip"); // take the row this many after the first with the URI
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("summary");
    // Dropped row 0 is from 192.168.2.1, as are stalled requests 0 and 30.
    QTest::newRow("two requests")
        << QByteArray("/reports/daily.aspx") << 0 << 2
        << u"2 access-log requests from 192.168.2.1 to /reports/daily.aspx ended within 2 "
           "minutes of this row."_s;
    // Dropped row 15 is from 192.168.2.16: stalled request 15 only.
    QTest::newRow("one request")
        << QByteArray("/reports/daily.aspx") << 15 << 1
        << u"1 access-log request from 192.168.2.16 to /reports/daily.aspx ended within 2 "
           "minutes of this row."_s;
    QTest::newRow("no URL") << QByteArray("-") << 0 << 0
                            << u"This row has no client IP or URL to find its requests by."_s;
}

void TestRequestsView::relatedRequests()
{
    QFETCH(QByteArray, uri);
    QFETCH(int, skip);
    QFETCH(int, rows);
    QFETCH(QString, summary);
    QLocale::setDefault(QLocale::c());
    Window w;
    QSignalSpy finished(&w.session, &LogSession::loadFinished);
    w.session.open({m_dir.path()});
    QVERIFY(finished.wait(20000));
    const LogStore &store = w.session.tableModel()->store();
    const std::string_view wanted =
        uri == "-" ? std::string_view() : std::string_view(uri.constData());
    const size_t row = rowWithUri(store, wanted) + size_t(skip);
    QVERIFY(row < store.rowCount());
    RelatedRequestsPanel *panel = w.controller.relatedPanel();
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.controller.showRelated(store, row);
    QCOMPARE(panel->model()->rowCount(), rows);
    QCOMPARE(panel->summary(), summary);
    for (int r = 0; r < rows; ++r)
        QVERIFY(std::abs(w.session.requests()->store().time(panel->model()->storeRow(r))
                         - store.time(row))
                <= RelatedRequests::DefaultReachSeconds);

    // Its link shows the same requests in the Requests tab.
    if (rows > 0) {
        QSignalSpy asked(panel, &RelatedRequestsPanel::showAllRequested);
        panel->findChild<QLabel *>()->linkActivated(u"#"_s);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(w.tabWidget()->currentIndex(), 1);
        QCOMPARE(w.controller.model()->rowCount(), rows);
    }
}

void TestRequestsView::relatedRequestsOfOneServer()
{
    // Two servers with the same traffic: a WEB02 row's requests are WEB02's alone.
    QTemporaryDir dir;
    for (const QString &server : {u"WEB01"_s, u"WEB02"_s}) {
        QVERIFY(write(dir.filePath(server + u"/W3SVC1/u_ex260310.log"_s),
                      AccessLogPair::accessLog(scenario())));
        QVERIFY(write(dir.filePath(server + u"/HTTPERR/httperr1.log"_s),
                      AccessLogPair::httpErrLog(scenario())));
    }
    Window w;
    QSignalSpy finished(&w.session, &LogSession::loadFinished);
    w.session.open({dir.path()});
    QVERIFY(finished.wait(20000));
    const LogStore &store = w.session.tableModel()->store();
    // WEB02's first dropped connection (WEB01's comes first, from the same client).
    const int uri = store.columnOf(LogField::Uri);
    size_t row = 0;
    while (row < store.rowCount()
           && (store.text(size_t(uri), row) != "/reports/daily.aspx"
               || store.fileSet().serverName(store.serverOf(row)) != u"WEB02"_s))
        ++row;
    QVERIFY(row < store.rowCount());
    w.controller.showRelated(store, row);
    RequestTableModel *related = w.controller.relatedPanel()->model();
    QCOMPARE(related->rowCount(), 2);
    const RequestStore &requests = w.session.requests()->store();
    for (int r = 0; r < related->rowCount(); ++r)
        QCOMPARE(requests.fileSet().serverName(requests.serverOf(related->storeRow(r))),
                 u"WEB02"_s);
    QCOMPARE(related->filterState().server, u"WEB02"_s);
}

QTEST_MAIN(TestRequestsView)
#include "tst_requestsview.moc"
