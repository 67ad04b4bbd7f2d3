#include "appsettings.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    void databaseRowLimitStaysInRange_data();
    void databaseRowLimitStaysInRange();
    void localTimeOfOlderVersions();
    void recentTimeZones();
    void storedInIniFile();

private:
    QTemporaryDir m_folder;
};

void TestAppSettings::initTestCase()
{
    // Keeps the user's real settings out of reach.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HttpErrViewerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    QVERIFY(m_folder.isValid());
    AppSettings::storeIn(m_folder.path());
}

// storeIn() puts every setting in an INI file in the folder given (what --screenshot,
// HTTPERR_SETTINGS_DIR and the tests use), on every platform: never the registry or a plist.
void TestAppSettings::storedInIniFile()
{
    const QString file = m_folder.filePath(QStringLiteral("HttpErrViewerTest/tst_appsettings.ini"));
    QCOMPARE(AppSettings::location(), file);
    AppSettings().setLastFolder(QStringLiteral("/logs/web1"));
    QSettings().sync();
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QCOMPARE(ini.readAll().trimmed(), QByteArray("[files]\nlastFolder=/logs/web1"));
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
    QCOMPARE(settings.timeZoneId(), QStringLiteral("UTC"));
    QVERIFY(settings.recentTimeZones().isEmpty());
    QCOMPARE(settings.keepFilters(), false);
    for (const auto kind : {AppSettings::FolderKind::Export, AppSettings::FolderKind::Report,
                            AppSettings::FolderKind::Image, AppSettings::FolderKind::Screenshot})
        QVERIFY(settings.lastFolder(kind).isEmpty());
    QCOMPARE(settings.bucketSeconds(), AppSettings::DefaultBucketSeconds);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.databaseRowLimit(), 1000000);
    QCOMPARE(settings.lastDatabase(), QString());
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
        settings.setTimeZoneId(QStringLiteral("Asia/Tokyo"));
        settings.setKeepFilters(true);
        settings.setLastFolder(AppSettings::FolderKind::Export, QStringLiteral("/exports"));
        settings.setLastFolder(AppSettings::FolderKind::Report, QStringLiteral("/reports"));
        settings.setLastFolder(AppSettings::FolderKind::Image, QStringLiteral("/images"));
        settings.setLastFolder(AppSettings::FolderKind::Screenshot, QStringLiteral("/shots"));
        settings.setBucketSeconds(300);
        settings.setLanguage(QStringLiteral("fr"));
        settings.setDatabaseRowLimit(250000);
        settings.setLastDatabase(
            QStringLiteral("clickhouse://ann@ch1.example:8123/logs?cluster=c2"));
    }
    QSettings().sync();
    const AppSettings settings;
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry\x01\x02", 10));
    QCOMPARE(settings.windowState(), QByteArray("state\x00\xff", 7));
    QCOMPARE(settings.tableColumns(), columns);
    QCOMPARE(settings.lastFolder(), QStringLiteral("/var/log/HTTPERR"));
    QCOMPARE(settings.timeZoneId(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(settings.keepFilters(), true);
    QCOMPARE(settings.lastFolder(AppSettings::FolderKind::Export), QStringLiteral("/exports"));
    QCOMPARE(settings.lastFolder(AppSettings::FolderKind::Report), QStringLiteral("/reports"));
    QCOMPARE(settings.lastFolder(AppSettings::FolderKind::Image), QStringLiteral("/images"));
    QCOMPARE(settings.lastFolder(AppSettings::FolderKind::Screenshot), QStringLiteral("/shots"));
    QCOMPARE(settings.bucketSeconds(), 300);
    QCOMPARE(settings.language(), QStringLiteral("fr"));
    QCOMPARE(settings.databaseRowLimit(), 250000);
    QCOMPARE(settings.lastDatabase(),
             QStringLiteral("clickhouse://ann@ch1.example:8123/logs?cluster=c2"));
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

void TestAppSettings::databaseRowLimitStaysInRange_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("limit");
    QTest::newRow("text") << QVariant(QStringLiteral("many")) << 1000000;
    QTest::newRow("too few") << QVariant(5) << 1000;
    QTest::newRow("too many") << QVariant(2000000000) << 100000000;
    QTest::newRow("in range") << QVariant(123456) << 123456;
}

void TestAppSettings::databaseRowLimitStaysInRange()
{
    QFETCH(QVariant, stored);
    QFETCH(int, limit);
    QSettings().setValue(QStringLiteral("database/rowLimit"), stored);
    QCOMPARE(AppSettings().databaseRowLimit(), limit);
}

void TestAppSettings::localTimeOfOlderVersions()
{
    // Versions before zones by name stored a yes/no for local time.
    QSettings().setValue(QStringLiteral("view/timeZoneLocal"), true);
    QCOMPARE(AppSettings().timeZoneId(), QStringLiteral("system"));
    QSettings().setValue(QStringLiteral("view/timeZoneLocal"), false);
    QCOMPARE(AppSettings().timeZoneId(), QStringLiteral("UTC"));
    AppSettings().setTimeZoneId(QStringLiteral("Europe/Lisbon"));
    QVERIFY(!QSettings().contains(QStringLiteral("view/timeZoneLocal")));
    QCOMPARE(AppSettings().timeZoneId(), QStringLiteral("Europe/Lisbon"));
}

void TestAppSettings::recentTimeZones()
{
    AppSettings settings;
    for (int i = 0; i < 10; ++i)
        settings.addRecentTimeZone(QStringLiteral("Zone/%1").arg(i));
    settings.addRecentTimeZone(QStringLiteral("Zone/5")); // picked again: first
    const QStringList recent = settings.recentTimeZones();
    QCOMPARE(recent.size(), AppSettings::MaxRecentTimeZones);
    QCOMPARE(recent.first(), QStringLiteral("Zone/5"));
    QCOMPARE(recent.at(1), QStringLiteral("Zone/9"));
    QCOMPARE(recent.count(QStringLiteral("Zone/5")), 1);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
