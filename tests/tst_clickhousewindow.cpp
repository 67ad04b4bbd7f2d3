// The window on a ClickHouse database, driven as MainWindow wires it (session, filter bar,
// filter model, timeline, notices, DatabaseController) against the two real servers of the
// CTest fixture "clickhouse": the farm's logs ingested into both shards and read across the
// cluster give the timeline counts and spikes of the files (counted by ClickHouse), the rows of
// a filter are the files' rows, a limit fetches the oldest rows and says so, errors come as a
// notice while the window goes on answering, and Cancel stops a fetch.
#include "clickhouse/clickhouseservers.h"
#include "clickhouse/farmlogs.h"
#include "clickhouseclient.h"
#include "databasecontroller.h"
#include "filterbar.h"
#include "filtercontroller.h"
#include "loadprogresswidget.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "logtableview.h"
#include "noticebar.h"
#include "sendcontroller.h"
#include "sqltext.h"
#include "timelinedata.h"
#include "viewerrun.h"

#include <QAction>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>
#include <QtTest>

#include <set>
#include <tuple>

namespace {
// What the window shows, wired as MainWindow wires it.
struct Window
{
    QMainWindow window;
    LogSession session;
    LogFilterModel filter;
    FilterBar *bar = new FilterBar;
    LogTableView *table = new LogTableView;
    NoticeBar *notices = new NoticeBar;
    LoadProgressWidget *progress = new LoadProgressWidget(&window);
    FilterController *filters = nullptr;
    TimelineData *timeline = nullptr;
    DatabaseController *database = nullptr;

    Window()
    {
        filter.setSourceModel(session.tableModel());
        table->setModel(&filter);
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(bar);
        layout->addWidget(notices);
        layout->addWidget(table);
        window.setCentralWidget(central);
        filters = new FilterController(bar, &filter, table, &window);
        timeline = new TimelineData(session.tableModel(), &window);
        timeline->followFilter(filter.rowFilter());
        QObject::connect(filters, &FilterController::applied, timeline,
                         [this] { timeline->followFilter(filter.rowFilter()); });
        QObject::connect(&session, &LogSession::loadStarted, &filter,
                         [this] { filter.setLoading(true); });
        QObject::connect(&session, &LogSession::loadFinished, &filter,
                         [this] { filter.setLoading(false); });
        database = new DatabaseController(&session, timeline, filters, notices, &window);
    }

    // Waits until the fetch (or the load of files) has ended and its rows are in order.
    bool settle()
    {
        const bool settled = QTest::qWaitFor([this] { return !session.isLoading(); }, 60000);
        timeline->flush();
        return settled;
    }
};

// A row as the files and the database both name it: server, file name, line, time.
using RowKey = std::tuple<QString, QString, uint32_t, int64_t>;

std::multiset<RowKey> shownRows(const LogFilterModel &filter, const LogStore &store)
{
    std::multiset<RowKey> out;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const size_t s = filter.index(row, 0).data(LogTableModel::StoreRowRole).toULongLong();
        out.insert({store.fileSet().serverName(store.serverOf(s)),
                    QFileInfo(store.fileName(store.fileIndex(s))).fileName(), store.line(s),
                    store.time(s)});
    }
    return out;
}

// Rows per reason name of a timeline's histogram.
std::map<QString, uint64_t> reasonTotals(const TimelineData &t)
{
    std::map<QString, uint64_t> out;
    for (uint32_t r = 0; r < t.histogram().reasonCount(); ++r) {
        if (t.histogram().reasonTotal(r) > 0)
            out[t.reasonName(r)] += t.histogram().reasonTotal(r);
    }
    return out;
}

std::vector<std::tuple<QString, int64_t, int64_t, uint64_t>> spikes(const TimelineData &t)
{
    std::vector<std::tuple<QString, int64_t, int64_t, uint64_t>> out;
    for (const Spike &s : t.spikes())
        out.emplace_back(t.reasonName(s.reason), s.start, s.end, s.count);
    return out;
}

// Queries on the server whose text holds `marker` (other than this one).
int running(const ClickHouseUrl &url, const QByteArray &marker)
{
    ClickHouseClient client(url, {});
    QString error;
    const std::optional<QByteArray> answer =
        client.run("SELECT count() FROM system.processes WHERE position(query, "
                       + SqlText::literal(QString::fromLatin1(marker))
                       + ") > 0 AND position(query, 'system.processes') = 0",
                   &error);
    return answer ? answer->trimmed().toInt() : -1;
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when `server` goes
}
} // namespace

class TestClickHouseWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timelineEqualsFiles();
    void filterEqualsFiles_data();
    void filterEqualsFiles();
    void wholeDatabaseWorksAsFiles();
    void refusedConnection();
    void serverError();
    void cancel();
    void droppedQueryIsKilled();
    void passwordPrompt();
    void sendToClickHouse();

private:
    QString url() const { return m_servers.url(0, m_database, true); }
    // The files opened as the window opens them, with `state` in force.
    void openFiles(Window &w, const FilterState &state);

    ClickHouseServers m_servers;
    QTemporaryDir m_dir;
    QStringList m_folders;
    QString m_database;
    int m_rows = 0;
};

void TestClickHouseWindow::initTestCase()
{
    m_servers = ClickHouseServers::load();
    REQUIRE_CLICKHOUSE(m_servers);
    QVERIFY(m_dir.isValid());
    m_folders = FarmLogs::write(m_dir.path());
    QCOMPARE(m_folders.size(), 2);
    m_database = ClickHouseServers::freshDatabase(QStringLiteral("window"));
    for (int shard = 0; shard < 2; ++shard) {
        const ViewerRun run = runViewer(
            {QStringLiteral("--ingest"), m_servers.url(shard, m_database), m_folders[shard]},
            false);
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    Window files;
    openFiles(files, {});
    m_rows = files.session.tableModel()->rowCount();
    QVERIFY(m_rows > 6000);
}

void TestClickHouseWindow::openFiles(Window &w, const FilterState &state)
{
    w.session.open(m_folders);
    QVERIFY(w.settle());
    w.filters->change(state);
    w.timeline->flush();
}

void TestClickHouseWindow::timelineEqualsFiles()
{
    Window files;
    openFiles(files, {});
    Window db;
    db.database->setRowLimit(2000);
    QSignalSpy fetched(db.database, &DatabaseController::fetched);
    db.session.open({url()});
    QVERIFY(fetched.wait(60000));
    QVERIFY(db.settle());
    QCOMPARE(fetched.first().at(1).toString(), QString());
    // ClickHouse counted every row; the table holds the oldest whole minutes up to the limit.
    QVERIFY(db.timeline->isCounted());
    QVERIFY(!db.database->isLocal());
    QCOMPARE(db.timeline->histogram().total(), uint64_t(m_rows));
    QCOMPARE(reasonTotals(*db.timeline), reasonTotals(*files.timeline));
    QVERIFY(!spikes(*files.timeline).empty());
    QCOMPARE(spikes(*db.timeline), spikes(*files.timeline));
    // By server too.
    for (Window *w : {&files, &db}) {
        w->timeline->setBreakdown(TimelineData::Breakdown::Server);
        w->timeline->flush();
    }
    QCOMPARE(db.timeline->bars().reasonCount(), 2u);
    for (uint32_t server = 0; server < 2; ++server) {
        QCOMPARE(db.timeline->barName(server), files.timeline->barName(server));
        QCOMPARE(db.timeline->bars().reasonTotal(server),
                 files.timeline->bars().reasonTotal(server));
    }
    const LogStore &store = db.session.tableModel()->store();
    const int shown = db.session.tableModel()->rowCount();
    QVERIFY(shown > 0 && shown <= 2000);
    // Exactly the files' rows up to the last minute fetched.
    const int64_t last = store.time(size_t(shown - 1));
    FilterState upTo;
    upTo.to = last - last % 60 + 59;
    files.filters->change(upTo);
    QCOMPARE(files.filter.rowCount(), shown);
    QCOMPARE(shownRows(db.filter, store),
             shownRows(files.filter, files.session.tableModel()->store()));
    QVERIFY2(db.notices->text().contains(QLocale().toString(m_rows)),
             qPrintable(db.notices->text()));
    QCOMPARE(db.notices->kind(), QStringLiteral("database"));
    QCOMPARE(db.session.malformedCount(), files.session.malformedCount());
}

void TestClickHouseWindow::filterEqualsFiles_data()
{
    QTest::addColumn<FilterState>("state");
    FilterState reason;
    reason.reasons = {QStringLiteral("Connection_Dropped")};
    QTest::newRow("reason") << reason;
    FilterState server;
    server.servers = {QStringLiteral("WEB02")};
    server.excludedReasons = {QStringLiteral("Timer_ConnectionIdle")};
    QTest::newRow("server, reason excluded") << server;
    FilterState ip;
    ip.clientIp = QStringLiteral("10.1.0.0/16, 2001:db8::/32, !10.1.2.4");
    QTest::newRow("client block") << ip;
    FilterState quote;
    quote.url = QStringLiteral("x';DROP");
    QTest::newRow("url with a quote") << quote;
    FilterState wildcard;
    wildcard.url = QStringLiteral("!*.php*");
    wildcard.to = FarmLogs::Start + 1800;
    QTest::newRow("url negated wildcard, time") << wildcard;
    FilterState time;
    time.from = FarmLogs::Start + 3000;
    time.to = FarmLogs::Start + 4000;
    QTest::newRow("time") << time;
}

void TestClickHouseWindow::filterEqualsFiles()
{
    QFETCH(FilterState, state);
    Window files;
    openFiles(files, state);
    Window db;
    db.database->setRowLimit(5000); // less than all rows: every filter change asks again
    QSignalSpy fetched(db.database, &DatabaseController::fetched);
    db.session.open({url()});
    QVERIFY(fetched.wait(60000));
    QVERIFY(db.settle());
    fetched.clear();
    db.filters->change(state);
    QVERIFY(fetched.wait(60000));
    QVERIFY(db.settle());
    QCOMPARE(fetched.first().at(1).toString(), QString());
    QVERIFY(files.filter.rowCount() > 0);
    QVERIFY(files.filter.rowCount() < 5000);
    QCOMPARE(db.session.tableModel()->rowCount(), files.filter.rowCount());
    QCOMPARE(shownRows(db.filter, db.session.tableModel()->store()),
             shownRows(files.filter, files.session.tableModel()->store()));
    QCOMPARE(reasonTotals(*db.timeline), reasonTotals(*files.timeline));
    QCOMPARE(spikes(*db.timeline), spikes(*files.timeline));
    QCOMPARE(db.timeline->timeRange(), files.timeline->timeRange());
}

void TestClickHouseWindow::wholeDatabaseWorksAsFiles()
{
    Window files;
    openFiles(files, {});
    Window db;
    QSignalSpy fetched(db.database, &DatabaseController::fetched);
    db.session.open({url()});
    QVERIFY(fetched.wait(60000));
    QVERIFY(db.settle());
    QVERIFY(db.database->isLocal());
    QVERIFY(!db.timeline->isCounted());
    QCOMPARE(db.notices->kind(), QString());
    QCOMPARE(db.session.tableModel()->rowCount(), m_rows);
    // A filter now works on the rows at hand: no query.
    FilterState state;
    state.reasons = {QStringLiteral("Connection_Dropped")};
    files.filters->change(state);
    db.filters->change(state);
    db.timeline->flush();
    files.timeline->flush();
    QTest::qWait(400);
    QCOMPARE(fetched.size(), 1);
    QCOMPARE(shownRows(db.filter, db.session.tableModel()->store()),
             shownRows(files.filter, files.session.tableModel()->store()));
    QCOMPARE(spikes(*db.timeline), spikes(*files.timeline));
}

void TestClickHouseWindow::refusedConnection()
{
    Window db;
    QSignalSpy fetched(db.database, &DatabaseController::fetched);
    db.session.open({QStringLiteral("clickhouse://127.0.0.1:%1/db").arg(freePort())});
    // open() came back at once: the query runs on another thread, the answer comes later.
    QVERIFY(db.session.isLoading());
    QCOMPARE(fetched.size(), 0);
    QVERIFY(fetched.wait(30000));
    QVERIFY(db.settle());
    QVERIFY2(db.notices->text().contains(QStringLiteral("refused")),
             qPrintable(db.notices->text()));
    QCOMPARE(db.notices->kind(), QStringLiteral("database"));
    QVERIFY(db.notices->button()->isVisibleTo(&db.window));
    QCOMPARE(db.session.tableModel()->rowCount(), 0);
}

void TestClickHouseWindow::serverError()
{
    Window db;
    QSignalSpy fetched(db.database, &DatabaseController::fetched);
    db.session.open({m_servers.url(0, QStringLiteral("no_such_database_here"))});
    QVERIFY(fetched.wait(30000));
    QVERIFY(db.settle());
    QVERIFY2(db.notices->text().startsWith(QStringLiteral("ClickHouse answered with an error: ")),
             qPrintable(db.notices->text()));
    QVERIFY2(db.notices->text().contains(QStringLiteral("no_such_database_here")),
             qPrintable(db.notices->text()));
    QVERIFY(!db.notices->text().contains(QStringLiteral("e.what()")));
}

void TestClickHouseWindow::cancel()
{
    Window db;
    db.database->fetcher()->setSliceRows(100); // many small queries: still running at Cancel
    QSignalSpy fetched(db.database, &DatabaseController::fetched);
    QSignalSpy finished(&db.session, &LogSession::loadFinished);
    db.session.open({url()});
    QVERIFY(db.session.isLoading());
    db.session.cancel();
    QCOMPARE(fetched.size(), 1);
    QCOMPARE(fetched.first().at(0).toBool(), true);
    QVERIFY(db.settle());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    // Nothing of the cancelled fetch comes later.
    QTest::qWait(1000);
    QCOMPARE(db.session.tableModel()->rowCount(), 0);
    QCOMPARE(fetched.size(), 1);
}

void TestClickHouseWindow::droppedQueryIsKilled()
{
    // A query still running when its fetch ends (cancelled, or given up on an error) is
    // dropped; the KILL QUERY that follows reaches the server before the client goes.
    const ClickHouseUrl url = *ClickHouseUrl::parse(m_servers.url(0, QStringLiteral("default")));
    const QByteArray marker = "m" + QUuid::createUuid().toByteArray(QUuid::Id128);
    {
        ClickHouseClient client(url, {});
        std::unique_ptr<ClickHouseQuery> endless(
            client.query("SELECT count() FROM system.numbers WHERE NOT ignore('" + marker + "')"));
        QTRY_COMPARE_WITH_TIMEOUT(running(url, marker), 1, 10000);
        endless.reset();
        QVERIFY(client.waitForKills(10000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(running(url, marker), 0, 10000);
}

void TestClickHouseWindow::passwordPrompt()
{
    // A named user without HTTPERR_CLICKHOUSE_PASSWORD: asked before the first try; a
    // password ClickHouse refuses is asked for again, and the database then opens.
    qunsetenv("HTTPERR_CLICKHOUSE_PASSWORD");
    Window db;
    QStringList typed{QStringLiteral("wrong"), QStringLiteral("s3cr'et;\\\"")};
    QStringList asked;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&typed, &asked] {
        auto *prompt = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!prompt || prompt->objectName() != DatabaseController::passwordPromptName())
            return;
        asked << prompt->labelText();
        if (typed.isEmpty()) {
            prompt->reject();
            return;
        }
        QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
        prompt->setTextValue(typed.takeFirst());
        prompt->accept();
    });
    answer.start(20);
    QSignalSpy fetched(db.database, &DatabaseController::fetched);
    db.session.open({m_servers.url(0, m_database, false, QStringLiteral("alice"))});
    QTRY_VERIFY_WITH_TIMEOUT(!fetched.isEmpty() && fetched.last().at(1).toString().isEmpty(),
                             60000);
    QVERIFY(db.settle());
    const QString who =
        QStringLiteral("alice@127.0.0.1:%1/%2").arg(m_servers.httpPorts[0]).arg(m_database);
    QCOMPARE(asked, (QStringList{QStringLiteral("Password of %1:").arg(who),
                                 QStringLiteral("ClickHouse refused the password of %1. "
                                                "Password:")
                                     .arg(who)}));
    QVERIFY(db.session.tableModel()->rowCount() > 0);
}

void TestClickHouseWindow::sendToClickHouse()
{
    Window files;
    SendController *sender = files.database->sender();
    QVERIFY(!sender->action()->isEnabled());
    openFiles(files, {});
    QVERIFY(sender->action()->isEnabled());
    const QString database = ClickHouseServers::freshDatabase(QStringLiteral("sent"));
    const ClickHouseUrl target = *ClickHouseUrl::parse(m_servers.url(1, database));
    QSignalSpy sent(sender, &SendController::sent);
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(5);
    QVERIFY(sender->send(target, QString()));
    QVERIFY(sent.wait(120000));
    QVERIFY(ticks > 0);
    QCOMPARE(sent.first().at(0).toBool(), true);
    const QString message = sent.first().at(1).toString();
    QVERIFY2(message.startsWith(SendController::tr("Sent %L1 rows of %n file(s) to %2.", nullptr, 4)
                                    .arg(m_rows)
                                    .arg(target.shortName())),
             qPrintable(message));
    QCOMPARE(files.notices->text(), message);
    // What arrived, opened in the window: every row.
    Window db;
    QSignalSpy fetched(db.database, &DatabaseController::fetched);
    db.session.open({m_servers.url(1, database)});
    QVERIFY(fetched.wait(60000));
    QVERIFY(db.settle());
    QCOMPARE(db.session.tableModel()->rowCount(), m_rows);
    QCOMPARE(shownRows(db.filter, db.session.tableModel()->store()),
             shownRows(files.filter, files.session.tableModel()->store()));
    // Again: nothing new.
    sent.clear();
    QVERIFY(sender->send(target, QString()));
    QVERIFY(sent.wait(120000));
    QVERIFY2(sent.first().at(1).toString().startsWith(QStringLiteral("Nothing new: ")),
             qPrintable(sent.first().at(1).toString()));
    // A server that is not there: a message, not a hang.
    sent.clear();
    const ClickHouseUrl closed =
        *ClickHouseUrl::parse(QStringLiteral("clickhouse://127.0.0.1:%1/db").arg(freePort()));
    QVERIFY(sender->send(closed, QString()));
    QVERIFY(sent.wait(60000));
    QCOMPARE(sent.first().at(0).toBool(), false);
    QVERIFY2(sent.first().at(1).toString().contains(QStringLiteral("refused")),
             qPrintable(sent.first().at(1).toString()));
}

QTEST_MAIN(TestClickHouseWindow)
#include "tst_clickhousewindow.moc"
