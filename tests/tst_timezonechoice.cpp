// The Time choice as a user makes it: UTC, this computer's zone, any zone by name from a
// searchable list (recent ones first), and the one DisplayClock everything follows.
#include "appsettings.h"
#include "displayclock.h"
#include "timezonecombo.h"
#include "timezonedialog.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

class TestTimeZoneChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dialogSearches_data();
    void dialogSearches();
    void dialogListsRecentFirst();
    void comboSetsTheClock();
    void comboFollowsTheClock();
};

void TestTimeZoneChoice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HttpErrViewerTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_timezonechoice"));
}

void TestTimeZoneChoice::init()
{
    QSettings().clear();
}

void TestTimeZoneChoice::dialogSearches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("first");
    QTest::newRow("a city") << QStringLiteral("tokyo") << QStringLiteral("Asia/Tokyo");
    QTest::newRow("an offset") << QStringLiteral("+05:45") << QStringLiteral("Asia/Kathmandu");
    QTest::newRow("a region") << QStringLiteral("Australia/")
                              << QStringLiteral("Australia/Adelaide");
}

void TestTimeZoneChoice::dialogSearches()
{
    QFETCH(QString, search);
    QFETCH(QString, first);
    QElapsedTimer opening;
    opening.start();
    TimeZoneDialog dialog({}, QStringLiteral("UTC"));
    qInfo("dialog built in %lld ms", qint64(opening.elapsed()));
    QVERIFY(dialog.shownIds().size() > 300);
    QTest::keyClicks(dialog.searchField(), search);
    QVERIFY(!dialog.shownIds().isEmpty());
    QCOMPARE(dialog.shownIds().first(), first);
    QCOMPARE(dialog.selectedId(), first); // Enter takes the first match
    for (const QString &id : dialog.shownIds())
        QVERIFY2(id.contains(search, Qt::CaseInsensitive) || search.startsWith(QLatin1Char('+')),
                 qPrintable(id));
    QTest::keyClick(dialog.searchField(), Qt::Key_Down);
    if (dialog.shownIds().size() > 1)
        QCOMPARE(dialog.selectedId(), dialog.shownIds().at(1));
}

void TestTimeZoneChoice::dialogListsRecentFirst()
{
    TimeZoneDialog dialog({QStringLiteral("Europe/Lisbon"), QStringLiteral("Asia/Tokyo")},
                          QStringLiteral("Asia/Tokyo"));
    const QStringList ids = dialog.shownIds();
    QCOMPARE(ids.at(0), QStringLiteral("Europe/Lisbon"));
    QCOMPARE(ids.at(1), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(ids.count(QStringLiteral("Asia/Tokyo")), 1);
    QCOMPARE(dialog.selectedId(), QStringLiteral("Asia/Tokyo")); // the zone in use
}

void TestTimeZoneChoice::comboSetsTheClock()
{
    DisplayClock clock;
    TimeZoneCombo combo;
    combo.setClock(&clock);
    QStringList offered;
    combo.setChooser([&offered](const QStringList &recent, const QString &) {
        offered = recent;
        return QStringLiteral("America/Sao_Paulo");
    });
    QSignalSpy changed(&clock, &DisplayClock::zoneChanged);
    // "This computer"
    combo.activated(1);
    QCOMPARE(clock.zoneId(), QStringLiteral("system"));
    // "Other zone…" (the last item) asks, sets and remembers the zone as recent.
    combo.activated(combo.count() - 1);
    QCOMPARE(clock.zoneId(), QStringLiteral("America/Sao_Paulo"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(AppSettings().recentTimeZones(), QStringList{QStringLiteral("America/Sao_Paulo")});
    QCOMPARE(combo.currentText(), QStringLiteral("America/Sao_Paulo"));
    // Listed from now on, before "Other zone…".
    const int listed = combo.findData(QStringLiteral("America/Sao_Paulo"));
    QVERIFY(listed > 1 && listed < combo.count() - 1);
    combo.activated(0);
    QCOMPARE(clock.zoneId(), QStringLiteral("UTC"));
    // A cancelled choice changes nothing.
    combo.setChooser([](const QStringList &, const QString &) { return QString(); });
    combo.activated(combo.count() - 1);
    QCOMPARE(clock.zoneId(), QStringLiteral("UTC"));
    QCOMPARE(combo.currentText(), QStringLiteral("UTC"));
}

void TestTimeZoneChoice::comboFollowsTheClock()
{
    // A zone set from elsewhere (a session file) shows in the combo.
    DisplayClock clock;
    TimeZoneCombo combo;
    combo.setClock(&clock);
    QVERIFY(clock.setZoneId(QStringLiteral("Pacific/Auckland")));
    QCOMPARE(combo.currentText(), QStringLiteral("Pacific/Auckland"));
    QVERIFY(!clock.setZoneId(QStringLiteral("Nowhere/Atlantis")));
    QCOMPARE(clock.zoneId(), QStringLiteral("Pacific/Auckland"));
}

QTEST_MAIN(TestTimeZoneChoice)
#include "tst_timezonechoice.moc"
