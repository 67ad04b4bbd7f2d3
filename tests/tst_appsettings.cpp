#include "appsettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

// Every remembered choice survives a round trip through AppSettings (and so a restart: each
// AppSettings call opens QSettings afresh).
class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaults();
    void roundTrip();
    void recentPaths_data();
    void recentPaths();
    void recentPathsKeepTen();
    void resetLayoutKeepsChoices();
    void badBucketSecondsFallsBack();
};

void TestAppSettings::initTestCase()
{
    // Keeps the user's real settings out of reach.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HttpErrViewerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
}

void TestAppSettings::init()
{
    QSettings().clear();
}

void TestAppSettings::defaults()
{
    const AppSettings settings;
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.tableColumns().isEmpty());
    QVERIFY(settings.recentPaths().isEmpty());
    QVERIFY(settings.lastFolder().isEmpty());
    QCOMPARE(settings.timeZoneLocal(), false);
    QCOMPARE(settings.bucketSeconds(), AppSettings::DefaultBucketSeconds);
    QCOMPARE(settings.language(), QString());
}

void TestAppSettings::roundTrip()
{
    const QVariantList columns{QVariantMap{{QStringLiteral("key"), QStringLiteral("s-reason")},
                                           {QStringLiteral("width"), 180},
                                           {QStringLiteral("hidden"), false}},
                               QVariantMap{{QStringLiteral("key"), QStringLiteral("time")},
                                           {QStringLiteral("width"), 150},
                                           {QStringLiteral("hidden"), true}}};
    {
        AppSettings settings;
        settings.setWindowGeometry(QByteArray("geometry\x01\x02", 10));
        settings.setWindowState(QByteArray("state\x00\xff", 7));
        settings.setTableColumns(columns);
        settings.setLastFolder(QStringLiteral("/var/log/HTTPERR"));
        settings.setTimeZoneLocal(true);
        settings.setBucketSeconds(300);
        settings.setLanguage(QStringLiteral("fr"));
    }
    QSettings().sync();
    const AppSettings settings;
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry\x01\x02", 10));
    QCOMPARE(settings.windowState(), QByteArray("state\x00\xff", 7));
    QCOMPARE(settings.tableColumns(), columns);
    QCOMPARE(settings.lastFolder(), QStringLiteral("/var/log/HTTPERR"));
    QCOMPARE(settings.timeZoneLocal(), true);
    QCOMPARE(settings.bucketSeconds(), 300);
    QCOMPARE(settings.language(), QStringLiteral("fr"));
}

void TestAppSettings::recentPaths_data()
{
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("newest first") << QStringList{QStringLiteral("/a")}
                                  << QStringList{QStringLiteral("/b")}
                                  << QStringList{QStringLiteral("/b"), QStringLiteral("/a")};
    QTest::newRow("reopened moves to top")
        << QStringList{QStringLiteral("/a"), QStringLiteral("/b")}
        << QStringList{QStringLiteral("/b")}
        << QStringList{QStringLiteral("/b"), QStringLiteral("/a")};
    QTest::newRow("several at once keep their order")
        << QStringList{QStringLiteral("/a")}
        << QStringList{QStringLiteral("/x"), QStringLiteral("/y")}
        << QStringList{QStringLiteral("/x"), QStringLiteral("/y"), QStringLiteral("/a")};
}

void TestAppSettings::recentPaths()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    QFETCH(QStringList, expected);
    AppSettings settings;
    settings.addRecentPaths(first);
    settings.addRecentPaths(second);
    QCOMPARE(AppSettings().recentPaths(), expected);
    settings.clearRecentPaths();
    QVERIFY(AppSettings().recentPaths().isEmpty());
}

void TestAppSettings::recentPathsKeepTen()
{
    AppSettings settings;
    for (int i = 0; i < 15; ++i)
        settings.addRecentPaths({QStringLiteral("/logs/%1").arg(i)});
    const QStringList recent = settings.recentPaths();
    QCOMPARE(recent.size(), AppSettings::MaxRecent);
    QCOMPARE(recent.first(), QStringLiteral("/logs/14"));
    QCOMPARE(recent.last(), QStringLiteral("/logs/5"));
}

void TestAppSettings::resetLayoutKeepsChoices()
{
    AppSettings settings;
    settings.setWindowGeometry("g");
    settings.setWindowState("s");
    settings.setTableColumns({QVariantMap{{QStringLiteral("key"), QStringLiteral("time")}}});
    settings.setLanguage(QStringLiteral("de"));
    settings.addRecentPaths({QStringLiteral("/a")});
    settings.resetLayout();
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.tableColumns().isEmpty());
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.recentPaths(), QStringList{QStringLiteral("/a")});
}

void TestAppSettings::badBucketSecondsFallsBack()
{
    QSettings().setValue(QStringLiteral("view/bucketSeconds"), QStringLiteral("often"));
    QCOMPARE(AppSettings().bucketSeconds(), AppSettings::DefaultBucketSeconds);
    QSettings().setValue(QStringLiteral("view/bucketSeconds"), -60);
    QCOMPARE(AppSettings().bucketSeconds(), AppSettings::DefaultBucketSeconds);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
