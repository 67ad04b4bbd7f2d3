// The status bar's counts and time span, from the session and the filter model: the span comes
// from the store's running first and last times (no row is read), exact to the second; a
// database shows its address (and cluster) where files show their count.
#include "languagemanager.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "statusbarpanel.h"
#include "timeformat.h"

#include <QSignalSpy>
#include <QtTest>

#include <ctime>

namespace {
constexpr qint64 Day0 = 1773100800; // 2026-03-10T00:00:00Z, the demo log's day
} // namespace

class TestStatusBarPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counts_data();
    void counts();
    void namesTheDatabase_data();
    void namesTheDatabase();
};

void TestStatusBarPanel::initTestCase()
{
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
    LanguageManager::install(QStringLiteral("en")); // plural forms: "1 file", "30,063 rows"
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestStatusBarPanel::counts_data()
{
    QTest::addColumn<QStringList>("reasons"); // the filter
    QTest::addColumn<bool>("local");
    QTest::addColumn<QString>("rows");
    // The demo log's first and last rows are at 00:00:02 and 23:59:59 UTC.
    QTest::newRow("everything, UTC") << QStringList() << false << QStringLiteral("30,063 rows");
    QTest::newRow("one reason") << QStringList{QStringLiteral("Connection_Dropped")} << false
                                << QStringLiteral("748 of 30,063 rows");
    QTest::newRow("local time") << QStringList() << true << QStringLiteral("30,063 rows");
}

void TestStatusBarPanel::counts()
{
    QFETCH(QStringList, reasons);
    QFETCH(bool, local);
    QFETCH(QString, rows);
    LogSession session;
    LogFilterModel filter;
    filter.setSourceModel(session.tableModel());
    StatusBarPanel panel;
    panel.setDisplayZone(local ? DisplayZone::system() : DisplayZone::utc());
    panel.watch(&session, &filter);
    panel.refresh();
    QCOMPARE(panel.texts(), (QStringList{QStringLiteral("0 rows"), QStringLiteral("0 malformed"),
                                         QStringLiteral("0 files"), QString()}));

    QSignalSpy finished(&session, &LogSession::loadFinished);
    session.open({QStringLiteral(":/demo/httperr-demo.log")});
    QVERIFY(finished.wait(20000));
    FilterState state;
    state.reasons = reasons;
    filter.setFilterState(state);
    // Both a finished load and a filter change show at once, without waiting for the timer.
    const QString span =
        TimeFormat(local ? DisplayZone::system() : DisplayZone::utc()).span(Day0 + 2, Day0 + 86399);
    QCOMPARE(panel.texts(),
             (QStringList{rows, QStringLiteral("0 malformed"), QStringLiteral("1 file"), span}));
    QVERIFY(
        span.endsWith(local ? QLatin1String(" UTC+01:00 (local time)") : QLatin1String(" UTC")));
}

void TestStatusBarPanel::namesTheDatabase_data()
{
    QTest::addColumn<QString>("opened");
    QTest::addColumn<QString>("shown");
    QTest::newRow("cluster") << QStringLiteral("clickhouse://127.0.0.1:8123/logs?cluster=c2")
                             << QStringLiteral("clickhouse://127.0.0.1:8123/logs (cluster c2)");
    QTest::newRow("user, TLS") << QStringLiteral("clickhouses://ann@ch1.example/weblogs")
                               << QStringLiteral("clickhouses://ann@ch1.example:8443/weblogs");
    QTest::newRow("files") << QString() << QStringLiteral("0 files");
}

void TestStatusBarPanel::namesTheDatabase()
{
    QFETCH(QString, opened);
    QFETCH(QString, shown);
    LogSession session;
    LogFilterModel filter;
    filter.setSourceModel(session.tableModel());
    StatusBarPanel panel;
    panel.watch(&session, &filter);
    if (!opened.isEmpty())
        session.beginRows({opened});
    panel.refresh();
    QCOMPARE(panel.texts().at(2), shown);
}

QTEST_MAIN(TestStatusBarPanel)
#include "tst_statusbarpanel.moc"
