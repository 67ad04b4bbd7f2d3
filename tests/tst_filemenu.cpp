// File menu parts: Open Recent (numbered entries, newest first, Clear Recent) and the paths a
// drop onto the window opens.
#include "appsettings.h"
#include "opendialogs.h"
#include "recentmenu.h"

#include <QDir>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
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
};

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

QTEST_MAIN(TestFileMenu)
#include "tst_filemenu.moc"
