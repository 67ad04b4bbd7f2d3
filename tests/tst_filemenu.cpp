// File menu parts: Open Recent (numbered entries, newest first, Clear Recent, absolute paths),
// the paths a drop onto the window opens, and opening: a path that cannot be opened leaves what
// is loaded alone, and other files start unfiltered unless the filters are kept.
#include "appsettings.h"
#include "logsession.h"
#include "noticebar.h"
#include "opencontroller.h"
#include "opendialogs.h"
#include "recentmenu.h"
#include "testfiles.h"

#include <QAction>
#include <QDir>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QStringList texts(const QMenu &menu)
{
    QStringList out;
    for (const QAction *action : menu.actions())
        out << (action->isSeparator() ? QStringLiteral("--") : action->text());
    return out;
}
} // namespace

class TestFileMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void recentMenu();
    void recentMenuNumbersTenAsZero();
    void droppedPaths_data();
    void droppedPaths();
    void recentPathsAreAbsolute();
    void failedOpenKeepsWhatIsLoaded_data();
    void failedOpenKeepsWhatIsLoaded();
    void otherFilesStartUnfiltered();
};

namespace {
const QByteArray OneRow = "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method "
                          "cs-uri sc-status s-siteid s-reason s-queuename\r\n"
                          "2026-03-10 10:00:00 10.0.0.9 5000 10.0.0.1 80 HTTP/1.1 GET /x 503 1 "
                          "QueueFull DefaultAppPool\r\n";

bool load(LogSession &session, OpenController &opener, const QStringList &paths)
{
    QSignalSpy finished(&session, &LogSession::loadFinished);
    if (!opener.open(paths))
        return false;
    return !finished.isEmpty() || finished.wait(20000);
}
} // namespace

void TestFileMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HttpErrViewerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_filemenu"));
}

void TestFileMenu::init()
{
    QSettings().clear();
}

void TestFileMenu::recentMenu()
{
    RecentMenu menu;
    QCOMPARE(texts(menu), QStringList());
    QVERIFY(!menu.isEnabled());

    menu.add({QStringLiteral("/logs/a.log")});
    menu.add({QStringLiteral("/logs/b"), QStringLiteral("/logs/c.zip")});
    const QStringList expected{
        QStringLiteral("&1 ") + QDir::toNativeSeparators(QStringLiteral("/logs/b")),
        QStringLiteral("&2 ") + QDir::toNativeSeparators(QStringLiteral("/logs/c.zip")),
        QStringLiteral("&3 ") + QDir::toNativeSeparators(QStringLiteral("/logs/a.log")),
        QStringLiteral("--"), QStringLiteral("Clear Recent")};
    QCOMPARE(texts(menu), expected);
    QVERIFY(menu.isEnabled());
    // A second menu (the next start) reads the same list.
    QCOMPARE(texts(RecentMenu()), expected);

    QSignalSpy chosen(&menu, &RecentMenu::pathChosen);
    menu.actions().at(1)->trigger();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("/logs/c.zip"));

    menu.actions().last()->trigger(); // Clear Recent
    QCOMPARE(texts(menu), QStringList());
    QVERIFY(!menu.isEnabled());
    QCOMPARE(AppSettings().recentPaths(), QStringList());
}

void TestFileMenu::recentMenuNumbersTenAsZero()
{
    RecentMenu menu;
    for (int i = 10; i >= 1; --i)
        menu.add({QStringLiteral("/p%1").arg(i)});
    const QStringList shown = texts(menu);
    QCOMPARE(shown.size(), qsizetype(AppSettings::MaxRecent + 2));
    QCOMPARE(shown.first(),
             QStringLiteral("&1 ") + QDir::toNativeSeparators(QStringLiteral("/p1")));
    QCOMPARE(shown.at(9), QStringLiteral("&0 ") + QDir::toNativeSeparators(QStringLiteral("/p10")));
}

void TestFileMenu::droppedPaths_data()
{
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("files and a folder")
        << QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/logs/httperr1.log")),
                       QUrl::fromLocalFile(QStringLiteral("/logs/farm"))}
        << QStringList{QStringLiteral("/logs/httperr1.log"), QStringLiteral("/logs/farm")};
    QTest::newRow("web addresses are left out")
        << QList<QUrl>{QUrl(QStringLiteral("https://example.com/httperr1.log")),
                       QUrl::fromLocalFile(QStringLiteral("/logs/a.zip"))}
        << QStringList{QStringLiteral("/logs/a.zip")};
    QTest::newRow("nothing local")
        << QList<QUrl>{QUrl(QStringLiteral("ftp://host/x.log"))} << QStringList();
}

void TestFileMenu::droppedPaths()
{
    QFETCH(QList<QUrl>, urls);
    QFETCH(QStringList, paths);
    QMimeData data;
    data.setUrls(urls);
    QCOMPARE(OpenDialogs::droppedPaths(&data), paths);
}

void TestFileMenu::recentPathsAreAbsolute()
{
    // Started as "httperr-viewer big.log" in one folder...
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(writeFile(first.filePath(QStringLiteral("big.log")), OneRow));
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(first.path()));
    LogSession session;
    NoticeBar notices;
    RecentMenu menu;
    OpenController opener(&session, &menu, &notices);
    QVERIFY(load(session, opener, {QStringLiteral("big.log")}));
    const QString absolute =
        QFileInfo(first.filePath(QStringLiteral("big.log"))).absoluteFilePath();
    QCOMPARE(AppSettings().recentPaths(), QStringList{absolute});
    QCOMPARE(session.openedPaths(), QStringList{absolute});

    // ...then Open Recent while working in another folder.
    QVERIFY(QDir::setCurrent(second.path()));
    connect(&menu, &RecentMenu::pathChosen, &opener,
            [&opener](const QString &path) { opener.open({path}); });
    QSignalSpy finished(&session, &LogSession::loadFinished);
    menu.actions().first()->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(session.tableModel()->rowCount(), 1);
    QVERIFY(notices.isHidden());
    QDir::setCurrent(before);
}

void TestFileMenu::failedOpenKeepsWhatIsLoaded_data()
{
    QTest::addColumn<QString>("missing");
    QTest::newRow("no such file") << QStringLiteral("gone.log");
    QTest::newRow("no such folder") << QStringLiteral("gone/");
    QTest::newRow("one of two") << QStringLiteral("gone.log|here");
}

void TestFileMenu::failedOpenKeepsWhatIsLoaded()
{
    QFETCH(QString, missing);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("here.log")), OneRow));
    LogSession session;
    NoticeBar notices;
    RecentMenu menu;
    OpenController opener(&session, &menu, &notices);
    QVERIFY(load(session, opener, {QStringLiteral(":/demo/httperr-demo.log")}));
    QCOMPARE(session.tableModel()->rowCount(), 30063);

    QStringList paths;
    for (const QString &name : missing.split(QLatin1Char('|')))
        paths << dir.filePath(name == QLatin1String("here") ? QStringLiteral("here.log") : name);
    QSignalSpy started(&session, &LogSession::loadStarted);
    QVERIFY(!opener.open(paths));
    QCOMPARE(started.count(), 0);
    QCOMPARE(session.tableModel()->rowCount(), 30063);
    QCOMPARE(session.openedPaths(), QStringList{QStringLiteral(":/demo/httperr-demo.log")});
    // The window says which path and that nothing else changed.
    QVERIFY(!notices.isHidden());
    QVERIFY2(notices.text().contains(QDir::toNativeSeparators(paths.first())),
             qPrintable(notices.text()));
    QVERIFY(AppSettings().recentPaths().isEmpty()); // not remembered either
}

void TestFileMenu::otherFilesStartUnfiltered()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.log")), OneRow));
    LogSession session;
    NoticeBar notices;
    RecentMenu menu;
    OpenController opener(&session, &menu, &notices);
    int resets = 0;
    opener.setFilterReset([&resets] { ++resets; });
    QVERIFY(!opener.keepFiltersAction()->isChecked());
    // The first files of a run keep the filters remembered from the last run (announced).
    QVERIFY(load(session, opener, {dir.filePath(QStringLiteral("a.log"))}));
    QCOMPARE(resets, 0);
    QVERIFY(load(session, opener, {QStringLiteral(":/demo/httperr-demo.log")}));
    QCOMPARE(resets, 1);
    // The same files again (File → Open of what is shown) keep them.
    QVERIFY(load(session, opener, {QStringLiteral(":/demo/httperr-demo.log")}));
    QCOMPARE(resets, 1);
    opener.keepFiltersAction()->trigger(); // the user keeps them
    QVERIFY(AppSettings().keepFilters());
    QVERIFY(load(session, opener, {dir.filePath(QStringLiteral("a.log"))}));
    QCOMPARE(resets, 1);
    // Remembered for the next start.
    OpenController next(&session, &menu, &notices);
    QVERIFY(next.keepFiltersAction()->isChecked());
}

QTEST_MAIN(TestFileMenu)
#include "tst_filemenu.moc"
