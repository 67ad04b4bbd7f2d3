// A session file as a user hands it on: saved from a window (files, filters, zone, bookmarks,
// selected spike) and opened in another, also after the files moved (beside the session file,
// or found by asking where a path went); --summary of a session; the JSON read back exactly.
#include "bookmarkmodel.h"
#include "displayclock.h"
#include "explanationpanel.h"
#include "filterbar.h"
#include "filtercontroller.h"
#include "languagemanager.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "logtableview.h"
#include "sessioncontroller.h"
#include "sessionfile.h"
#include "spikecontroller.h"
#include "timelinechart.h"
#include "timelinedata.h"
#include "timelinewidget.h"
#include "viewerrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

namespace {
// The parts of the main window a session touches, wired as MainWindow wires them.
struct Window
{
    QMainWindow window;
    LogSession session;
    LogFilterModel filter;
    DisplayClock clock;
    FilterBar *bar = new FilterBar;
    LogTableView *table = new LogTableView;
    TimelineData data{session.tableModel()};
    TimelineWidget *timeline = new TimelineWidget;
    ExplanationPanel *explanation = new ExplanationPanel;
    FilterController *filters = nullptr;
    SpikeController *spikes = nullptr;
    BookmarkModel bookmarks{session.tableModel()};
    SessionController *sessions = nullptr;

    Window()
    {
        filter.setSourceModel(session.tableModel());
        table->setModel(&filter);
        timeline->setTimelineData(&data);
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(bar);
        layout->addWidget(timeline);
        layout->addWidget(table);
        layout->addWidget(explanation);
        window.setCentralWidget(central);
        filters = new FilterController(bar, &filter, table, &window);
        spikes = new SpikeController(timeline, explanation, table, &filter, &window);
        QObject::connect(&session, &LogSession::loadFinished, &data, &TimelineData::catchUp);
        sessions = new SessionController({&session, &clock, filters, &bookmarks, spikes,
                                          [this](const QStringList &paths) {
                                              session.open(paths);
                                              return true;
                                          }},
                                         &window);
    }
    bool load(const QStringList &paths)
    {
        QSignalSpy loaded(&session, &LogSession::loadFinished);
        session.open(paths);
        return loaded.wait(20000);
    }
};

QString copyDemo(const QString &folder)
{
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/httperr-demo.log");
    QFile::copy(QStringLiteral(":/demo/httperr-demo.log"), path);
    return path;
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonRoundTrip();
    void savedAndOpened();
    void movedFilesFound();
    void summaryOfSession();
    void reportOfSessionHasBookmarks();
    void headlessMissingFiles();
    void screenshotMissingFiles();

private:
    QTemporaryDir m_dir;
};

void TestSession::initTestCase()
{
    LanguageManager::install(QStringLiteral("en"));
}

void TestSession::jsonRoundTrip()
{
    SessionFile s;
    s.paths = {QStringLiteral("/cases/1/a.log"), QStringLiteral("/cases/1/logs")};
    s.filter.reasons = {QStringLiteral("Connection_Dropped")};
    s.filter.from = 1773100800;
    s.zoneId = QStringLiteral("Asia/Tokyo");
    Bookmark row;
    row.start = row.end = 1773137643;
    row.file = QStringLiteral("/cases/1/logs/httperr2.log");
    row.line = 812;
    row.what = QStringLiteral("Connection_Dropped 10.20.0.12 /api/orders/submit");
    row.comment = QStringLiteral("Kunde: „Mittagszeit“");
    s.bookmarks = {row, BookmarkModel::forRange(1773137000, 1773137100)};
    s.selectedSpike = 1;
    const std::optional<SessionFile> back =
        SessionFile::fromJson(s.toJson(QStringLiteral("/cases/1")), QStringLiteral("/cases/1"));
    QVERIFY(back);
    QCOMPARE(back->paths, s.paths);
    QCOMPARE(back->filter, s.filter);
    QCOMPARE(back->zoneId, s.zoneId);
    QVERIFY(back->bookmarks == s.bookmarks);
    QCOMPARE(back->selectedSpike, 1);
    QString error;
    QVERIFY(!SessionFile::fromJson("{\"kind\": \"other\"}", QString(), &error));
    QCOMPARE(error, QStringLiteral("This is not an HttpErr Viewer session."));
}

void TestSession::savedAndOpened()
{
    const QString log = copyDemo(m_dir.filePath(QStringLiteral("case")));
    const QString file = m_dir.filePath(QStringLiteral("case/lunch.httperr-session"));
    {
        Window w;
        QVERIFY(w.load({log}));
        w.clock.setZoneId(QStringLiteral("Asia/Tokyo"));
        FilterState state;
        state.clientIp = QStringLiteral("10.20.0.0/24");
        w.filters->change(state);
        Bookmark b = w.bookmarks.forRow(100);
        b.comment = QStringLiteral("first drop");
        w.bookmarks.add(b);
        QVERIFY(w.spikes->select(1));
        QVERIFY(w.sessions->save(file));
    }
    Window w;
    QSignalSpy loaded(&w.session, &LogSession::loadFinished);
    QVERIFY(w.sessions->open(file));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(w.session.openedPaths(), QStringList{log});
    QCOMPARE(w.clock.zoneId(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(w.filter.filterState().clientIp, QStringLiteral("10.20.0.0/24"));
    QCOMPARE(w.bookmarks.rowCount(), 1);
    QCOMPARE(w.bookmarks.at(0).comment, QStringLiteral("first drop"));
    QCOMPARE(w.bookmarks.indexOfRow(100), 0);
    QCOMPARE(w.spikes->selectedIndex(), 1);
}

void TestSession::movedFilesFound()
{
    const QString log = copyDemo(m_dir.filePath(QStringLiteral("moved/logs")));
    const QString file = m_dir.filePath(QStringLiteral("moved/case.httperr-session"));
    {
        Window w;
        QVERIFY(w.load({log}));
        Bookmark b = w.bookmarks.forRow(7);
        b.comment = QStringLiteral("seven");
        w.bookmarks.add(b);
        QVERIFY(w.sessions->save(file));
    }
    // The whole case folder moved: the files are found beside the session file.
    QVERIFY(QDir().rename(m_dir.filePath(QStringLiteral("moved")),
                          m_dir.filePath(QStringLiteral("elsewhere"))));
    const QString moved = m_dir.filePath(QStringLiteral("elsewhere/logs/httperr-demo.log"));
    {
        Window w;
        QSignalSpy loaded(&w.session, &LogSession::loadFinished);
        QVERIFY(w.sessions->open(m_dir.filePath(QStringLiteral("elsewhere/case.httperr-session"))));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(w.session.openedPaths(), QStringList{moved});
        QCOMPARE(w.bookmarks.indexOfRow(7), 0);
    }
    // Only the log moved: the user is asked where it is.
    const QString session = m_dir.filePath(QStringLiteral("elsewhere/case.httperr-session"));
    const QString again = m_dir.filePath(QStringLiteral("again.log"));
    QVERIFY(QFile::rename(moved, again));
    Window w;
    QStringList asked;
    w.sessions->setLocator([&asked, again](const QString &missing) {
        asked << missing;
        return again;
    });
    QSignalSpy loaded(&w.session, &LogSession::loadFinished);
    QVERIFY(w.sessions->open(session));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(asked, QStringList{log}); // as the session names it
    QCOMPARE(w.session.openedPaths(), QStringList{again});
    QCOMPARE(w.bookmarks.indexOfRow(7), 0);
    // Nothing found at all: said, nothing opened.
    w.sessions->setLocator([](const QString &) { return QString(); });
    QFile::remove(again);
    QSignalSpy messages(w.sessions, &SessionController::message);
    QVERIFY(!w.sessions->open(session));
    QCOMPARE(messages.first().first().toString(),
             QStringLiteral("None of the session's files could be found."));
}

void TestSession::summaryOfSession()
{
    const QString log = copyDemo(m_dir.filePath(QStringLiteral("cli")));
    SessionFile s;
    s.paths = {log};
    s.filter.reasons = {QStringLiteral("Connection_Dropped")};
    const QString file = m_dir.filePath(QStringLiteral("cli/drops.httperr-session"));
    QCOMPARE(s.save(file), QString());
    const ViewerRun run =
        runViewer({QStringLiteral("--summary"), QStringLiteral("--json"), file}, false);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("rows")).toInteger(), 748);
    // Filters given on the command line win over the session's.
    const ViewerRun other =
        runViewer({QStringLiteral("--summary"), QStringLiteral("--json"),
                   QStringLiteral("--reason"), QStringLiteral("NotFound"), file},
                  false);
    QCOMPARE(other.json().value(QStringLiteral("rows")).toInteger(), 559);
    QFile bad(m_dir.filePath(QStringLiteral("cli/bad.httperr-session")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{}");
    bad.close();
    const ViewerRun broken = runViewer({QStringLiteral("--summary"), bad.fileName()}, false);
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(broken.err.contains("This is not an HttpErr Viewer session."));
}

void TestSession::reportOfSessionHasBookmarks()
{
    const QString log = copyDemo(m_dir.filePath(QStringLiteral("report")));
    SessionFile s;
    s.paths = {log};
    s.zoneId = QStringLiteral("Asia/Tokyo");
    Bookmark b;
    b.start = b.end = 1773111600; // 2026-03-10 03:00:00 UTC, lunchtime in Tokyo
    b.file = log;
    b.line = 42;
    b.what = QStringLiteral("Connection_Dropped 10.20.0.12 /api/orders/submit");
    b.comment = QStringLiteral("customer: drops at lunch");
    s.bookmarks = {b};
    const QString file = m_dir.filePath(QStringLiteral("report/lunch.httperr-session"));
    QCOMPARE(s.save(file), QString());
    const QString html = m_dir.filePath(QStringLiteral("report/lunch.html"));
    const ViewerRun run = runViewer({QStringLiteral("--report"), html, file}, false);
    QCOMPARE(run.exitCode, 0);
    QFile out(html);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(out.readAll());
    QVERIFY(text.contains(QStringLiteral("<h2>Bookmarks</h2>")));
    QVERIFY(text.contains(QStringLiteral("customer: drops at lunch")));
    // In the session's zone, as the window that saved it showed it.
    QVERIFY2(text.contains(QStringLiteral("2026-03-10 12:00:00 UTC+09:00 Asia/Tokyo")),
             qPrintable(text.mid(text.indexOf(QStringLiteral("<h2>Bookmarks</h2>")), 600)));
}

void TestSession::headlessMissingFiles()
{
    const QString log = copyDemo(m_dir.filePath(QStringLiteral("gone")));
    const QString gone = m_dir.filePath(QStringLiteral("gone/httperr9.log"));
    SessionFile s;
    s.paths = {log, gone};
    const QString file = m_dir.filePath(QStringLiteral("gone/half.httperr-session"));
    QCOMPARE(s.save(file), QString());
    // One file of two is not there: said, and the other one read.
    const ViewerRun half =
        runViewer({QStringLiteral("--summary"), QStringLiteral("--json"), file}, false);
    QCOMPARE(half.exitCode, 0);
    QCOMPARE(half.json().value(QStringLiteral("rows")).toInteger(), 30063);
    const QString said = QString::fromUtf8(half.err);
    QVERIFY2(said.contains(QStringLiteral("the session's file %1 is not there (moved, or on "
                                          "another machine); going on without it.")
                               .arg(QDir::toNativeSeparators(gone))),
             qPrintable(said));
    // None is there: an error naming them, exit status 1, for every headless command.
    QVERIFY(QFile::remove(log));
    const QString report = m_dir.filePath(QStringLiteral("gone/none.html"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("--summary")}, QStringList{QStringLiteral("--report"), report},
          QStringList{QStringLiteral("--export"), QStringLiteral("-"), QStringLiteral("--format"),
                      QStringLiteral("csv")}}) {
        const ViewerRun none = runViewer(command + QStringList{file}, false);
        QVERIFY2(none.exitCode == 1, none.err.constData());
        QVERIFY(none.out.isEmpty());
        const QString error = QString::fromUtf8(none.err);
        QVERIFY2(
            error.contains(QStringLiteral("none of the session's files is there (moved, or "
                                          "on another machine): %1, %2.")
                               .arg(QDir::toNativeSeparators(log), QDir::toNativeSeparators(gone))),
            qPrintable(error));
    }
    QVERIFY(!QFile::exists(report));
}

void TestSession::screenshotMissingFiles()
{
    const QString log = copyDemo(m_dir.filePath(QStringLiteral("shot")));
    const QString gone = m_dir.filePath(QStringLiteral("shot/httperr9.log"));
    SessionFile s;
    s.paths = {log, gone};
    const QString file = m_dir.filePath(QStringLiteral("shot/half.httperr-session"));
    QCOMPARE(s.save(file), QString());
    // No dialog asks where the missing file went: it is named on stderr, the rest is shown.
    const QString png = m_dir.filePath(QStringLiteral("shot/half.png"));
    const ViewerRun half = runViewer({QStringLiteral("--screenshot"), png, file});
    QCOMPARE(half.exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(1280, 800));
    QVERIFY2(QString::fromUtf8(half.err).contains(
                 QStringLiteral("The session's file %1 is not there (moved, or on "
                                "another machine); going on without it.")
                     .arg(QDir::toNativeSeparators(gone))),
             qPrintable(QString::fromUtf8(half.err)));
    // Nothing left to show: an error at once, no picture.
    QVERIFY(QFile::remove(log));
    const QString none = m_dir.filePath(QStringLiteral("shot/none.png"));
    QElapsedTimer timer;
    timer.start();
    const ViewerRun failed = runViewer({QStringLiteral("--screenshot"), none, file});
    QVERIFY(timer.elapsed() < 60000);
    QCOMPARE(failed.exitCode, 1);
    QVERIFY(!QFile::exists(none));
    const QString error = QString::fromUtf8(failed.err);
    QVERIFY2(error.contains(QDir::toNativeSeparators(log))
                 && error.contains(QDir::toNativeSeparators(gone))
                 && error.contains(QStringLiteral("None of the session's files could be found.")),
             qPrintable(error));
}

QTEST_MAIN(TestSession)
#include "tst_session.moc"
