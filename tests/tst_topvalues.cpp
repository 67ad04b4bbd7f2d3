// Top Values: the most frequent client IPs, networks, URLs, reasons, sites and queues of the rows
// passing the filters, exactly counted; the dock's model follows filter changes and appended
// rows only while shown; a click filters on a value, Ctrl+click hides it.
#include "filterbar.h"
#include "languagemanager.h"
#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "syntheticlog.h"
#include "topcounter.h"
#include "topvaluesmodel.h"
#include "topvaluespanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QSignalSpy>
#include <QtTest>

using Synthetic::Day0;
using Synthetic::Event;
using Dimension = TopCounter::Dimension;

Q_DECLARE_METATYPE(FilterField)

namespace {
// 100 rows: 10.0.0.1 sends 40, 10.0.0.2 20, 10.0.1.5 15, 2001:db8:1:2::7 and 2001:db8:1:2::8
// 10 each, 192.0.2.9 5. URLs, reasons, sites and queues vary with the row number.
std::vector<Event> rows(int64_t from = Day0)
{
    std::vector<Event> events;
    for (int i = 0; i < 100; ++i) {
        std::string ip = i < 40   ? "10.0.0.1"
                         : i < 60 ? "10.0.0.2"
                         : i < 75 ? "10.0.1.5"
                         : i < 85 ? "2001:db8:1:2::7"
                         : i < 95 ? "2001:db8:1:2::8"
                                  : "192.0.2.9";
        events.push_back({from + i, i % 4 == 0 ? "Timer_ConnectionIdle" : "Connection_Dropped", ip,
                          i % 2 ? "/api/orders" : (i % 5 ? "/cart" : "-"), i < 70 ? "1" : "2",
                          i < 90 ? "ShopAppPool" : "DefaultAppPool"});
    }
    return events;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

QStringList texts(const TopCounter::List &list)
{
    QStringList out;
    for (const TopCounter::Entry &e : list.entries)
        out << QStringLiteral("%1=%2").arg(e.value).arg(e.count);
    return out;
}

QStringList shown(const TopValuesModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << QStringLiteral("%1=%2|%3")
                   .arg(model.index(r, 0).data().toString(), model.index(r, 1).data().toString(),
                        model.index(r, 2).data().toString());
    return out;
}
} // namespace

class TestTopValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void networkOf_data();
    void networkOf();
    void counts_data();
    void counts();
    void modelFollowsFilterAndRows();
    void onlyWhileActive();
    void shownBeforeTheRowsArrive();
    void dockLeavesTheExplanationRoom();
    void clickFilters_data();
    void clickFilters();
};

void TestTopValues::initTestCase()
{
    LanguageManager::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTopValues::networkOf_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("network");
    QTest::newRow("IPv4") << QStringLiteral("10.20.0.14") << QStringLiteral("10.20.0.0/24");
    QTest::newRow("IPv6") << QStringLiteral("2001:db8:1:2:3:4:5:6")
                          << QStringLiteral("2001:db8:1:2::/64");
    QTest::newRow("IPv6 short") << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::/64");
    QTest::newRow("loopback v6") << QStringLiteral("::1") << QStringLiteral("::/64");
    QTest::newRow("none") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("not an address") << QStringLiteral("proxy.local") << QStringLiteral("");
}

void TestTopValues::networkOf()
{
    QFETCH(QString, address);
    QTEST(TopCounter::networkOf(address), "network");
}

void TestTopValues::counts_data()
{
    QTest::addColumn<int>("dimension");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("distinct");
    QTest::newRow("client IPs") << int(Dimension::ClientIp) << 4
                                << QStringList{QStringLiteral("10.0.0.1=40"),
                                               QStringLiteral("10.0.0.2=20"),
                                               QStringLiteral("10.0.1.5=15"),
                                               QStringLiteral("2001:db8:1:2::7=10")}
                                << 6;
    QTest::newRow("networks") << int(Dimension::ClientNetwork) << 10
                              << QStringList{QStringLiteral("10.0.0.0/24=60"),
                                             QStringLiteral("2001:db8:1:2::/64=20"),
                                             QStringLiteral("10.0.1.0/24=15"),
                                             QStringLiteral("192.0.2.0/24=5")}
                              << 4;
    QTest::newRow("URLs") << int(Dimension::Url) << 10
                          << QStringList{QStringLiteral("/api/orders=50"),
                                         QStringLiteral("/cart=40"), QStringLiteral("-=10")}
                          << 3;
    QTest::newRow("reasons") << int(Dimension::Reason) << 10
                             << QStringList{QStringLiteral("Connection_Dropped=75"),
                                            QStringLiteral("Timer_ConnectionIdle=25")}
                             << 2;
    QTest::newRow("sites") << int(Dimension::Site) << 1 << QStringList{QStringLiteral("1=70")} << 2;
    QTest::newRow("queues") << int(Dimension::Queue) << 10
                            << QStringList{QStringLiteral("ShopAppPool=90"),
                                           QStringLiteral("DefaultAppPool=10")}
                            << 2;
}

void TestTopValues::counts()
{
    QFETCH(int, dimension);
    QFETCH(int, limit);
    QFETCH(int, distinct);
    LogStore store;
    Synthetic::append(store, rows());
    std::vector<uint32_t> all(store.rowCount());
    std::iota(all.begin(), all.end(), 0u);
    TopCounter counter;
    counter.reset(store);
    // In two slices, as the model feeds it.
    counter.add(store, all.data(), 0, 37);
    counter.add(store, all.data(), 37, all.size());
    QCOMPARE(counter.rows(), uint64_t(100));
    const std::vector<TopCounter::List> lists = counter.top(store, size_t(limit));
    QCOMPARE(int(lists.size()), TopCounter::DimensionCount);
    const TopCounter::List &list = lists[size_t(dimension)];
    QCOMPARE(int(list.dimension), dimension);
    QTEST(texts(list), "expected");
    QCOMPARE(int(list.distinct), distinct);
}

void TestTopValues::modelFollowsFilterAndRows()
{
    LogTableModel table;
    LogFilterModel filter;
    filter.setSourceModel(&table);
    table.appendBatch(Synthetic::batchOf(rows()));
    TopValuesModel model(&filter);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLimit(3);
    model.setActive(true);
    QSignalSpy updated(&model, &TopValuesModel::updated);
    QTRY_COMPARE(updated.count(), 1); // counted in turns of the event loop
    QCOMPARE(shown(model), (strings({"10.0.0.1=40|40 %", "10.0.0.2=20|20 %", "10.0.1.5=15|15 %"})));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Client IP"));
    QCOMPARE(model.distinct(), size_t(6));
    // A filter change counts again: only the Timer_ConnectionIdle rows (every fourth).
    FilterState idle;
    idle.reasons = {QStringLiteral("Timer_ConnectionIdle")};
    filter.setFilterState(idle);
    model.flush();
    QCOMPARE(shown(model), (strings({"10.0.0.1=10|40 %", "10.0.0.2=5|20 %", "10.0.1.5=4|16 %"})));
    QCOMPARE(model.countedRows(), uint64_t(25));
    // Another dimension shows at once, from the same count.
    model.setDimension(Dimension::Queue);
    QCOMPARE(shown(model), (strings({"ShopAppPool=23|92 %", "DefaultAppPool=2|8.0 %"})));
    // Appended rows add to what was counted.
    table.appendBatch(Synthetic::batchOf(rows(Day0 + 1000)));
    model.flush();
    QCOMPARE(model.countedRows(), uint64_t(50));
    QCOMPARE(shown(model), (strings({"ShopAppPool=46|92 %", "DefaultAppPool=4|8.0 %"})));
}

void TestTopValues::shownBeforeTheRowsArrive()
{
    // The dock open while files load (or a restored layout with it open): the count starts on
    // a store without columns, which come with the first batch.
    LogTableModel table;
    LogFilterModel filter;
    filter.setSourceModel(&table);
    TopValuesModel model(&filter);
    model.setLimit(3);
    model.setActive(true);
    table.reset({QStringLiteral("/logs/httperr1.log")});
    model.flush();
    QCOMPARE(model.countedRows(), uint64_t(0));
    table.appendBatch(Synthetic::batchOf(rows()));
    model.flush();
    QCOMPARE(model.countedRows(), uint64_t(100));
    QCOMPARE(model.distinct(), size_t(6));
    QCOMPARE(shown(model), (strings({"10.0.0.1=40|40 %", "10.0.0.2=20|20 %", "10.0.1.5=15|15 %"})));
    model.setDimension(Dimension::Reason);
    QCOMPARE(shown(model),
             (strings({"Connection_Dropped=75|75 %", "Timer_ConnectionIdle=25|25 %"})));
}

void TestTopValues::dockLeavesTheExplanationRoom()
{
    // Opened from the View menu below the Explanation panel: a third of the height beside the
    // table (here the whole window), not half of the right-hand side.
    LogTableModel table;
    LogFilterModel filter;
    filter.setSourceModel(&table);
    QMainWindow window;
    window.setCentralWidget(new QWidget);
    auto *explanation = new QDockWidget(QStringLiteral("Explanation"), &window);
    explanation->setWidget(new QWidget);
    window.addDockWidget(Qt::RightDockWidgetArea, explanation);
    auto *panel = new TopValuesPanel(&filter);
    QDockWidget *dock = panel->addDockTo(&window);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(dock->height() > window.height() / 4 && dock->height() <= window.height() / 3);
    QVERIFY(explanation->height() > 2 * dock->height());
}

void TestTopValues::onlyWhileActive()
{
    LogTableModel table;
    LogFilterModel filter;
    filter.setSourceModel(&table);
    TopValuesModel model(&filter);
    table.appendBatch(Synthetic::batchOf(rows()));
    QVERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), 0);
    model.setActive(true); // what changed meanwhile is counted now
    QVERIFY(model.isCounting());
    model.flush();
    QCOMPARE(model.countedRows(), uint64_t(100));
    model.setActive(false);
    FilterState state;
    state.clientIp = QStringLiteral("10.0.0.1");
    filter.setFilterState(state);
    QVERIFY(!model.isCounting());
    QCOMPARE(model.countedRows(), uint64_t(100)); // the old list stays until shown again
    model.setActive(true);
    model.flush();
    QCOMPARE(model.countedRows(), uint64_t(40));
}

void TestTopValues::clickFilters_data()
{
    QTest::addColumn<int>("dimension");
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("exclude");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("rowsAfter");
    QTest::newRow("client IP") << int(Dimension::ClientIp) << 0 << false
                               << int(FilterField::ClientIp) << QStringLiteral("10.0.0.1") << 40;
    QTest::newRow("client IP, Ctrl")
        << int(Dimension::ClientIp) << 0 << true << int(FilterField::ClientIp)
        << QStringLiteral("10.0.0.1") << 60;
    QTest::newRow("network") << int(Dimension::ClientNetwork) << 0 << false
                             << int(FilterField::ClientIp) << QStringLiteral("10.0.0.0/24") << 60;
    QTest::newRow("IPv6 network, Ctrl")
        << int(Dimension::ClientNetwork) << 1 << true << int(FilterField::ClientIp)
        << QStringLiteral("2001:db8:1:2::/64") << 80;
    QTest::newRow("URL") << int(Dimension::Url) << 0 << false << int(FilterField::Url)
                         << QStringLiteral("/api/orders") << 50;
    QTest::newRow("reason, Ctrl") << int(Dimension::Reason) << 0 << true << int(FilterField::Reason)
                                  << QStringLiteral("Connection_Dropped") << 25;
    QTest::newRow("queue") << int(Dimension::Queue) << 0 << false << int(FilterField::Queue)
                           << QStringLiteral("ShopAppPool") << 90;
}

void TestTopValues::clickFilters()
{
    QFETCH(int, dimension);
    QFETCH(int, row);
    QFETCH(bool, exclude);
    QFETCH(int, field);
    QFETCH(QString, value);
    QFETCH(int, rowsAfter);
    LogTableModel table;
    LogFilterModel filter;
    filter.setSourceModel(&table);
    table.appendBatch(Synthetic::batchOf(rows()));
    TopValuesPanel panel(&filter);
    panel.model()->setActive(true);
    panel.dimensionBox()->setCurrentIndex(dimension);
    panel.model()->flush();
    FilterBar bar;
    connect(&bar, &FilterBar::stateChanged, &filter, &LogFilterModel::setFilterState);
    connect(&panel, &TopValuesPanel::filterRequested, &bar, &FilterBar::applyCellFilter);
    QSignalSpy requested(&panel, &TopValuesPanel::filterRequested);
    panel.activate(row, exclude);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(int(requested.first().at(0).value<FilterField>()), field);
    QCOMPARE(requested.first().at(1).toString(), value);
    QCOMPARE(requested.first().at(2).toBool(), exclude);
    QCOMPARE(filter.rowCount(), rowsAfter);
}

QTEST_MAIN(TestTopValues)
#include "tst_topvalues.moc"
