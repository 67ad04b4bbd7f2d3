// Moving between spikes as a user does: the spike list (its exact rows), ] and [ in the window,
// a click on the spike count, and what selecting a spike does to the chart, the explanation
// and the table (its earliest row, whatever the sort, never filtering).
#include "explanationpanel.h"
#include "languagemanager.h"
#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "logtableview.h"
#include "spikecontroller.h"
#include "spikelistmodel.h"
#include "syntheticlog.h"
#include "timelinechart.h"
#include "timelinedata.h"
#include "timelinewidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtTest>

using Synthetic::Day0;
using Synthetic::Event;

namespace {
constexpr int64_t TenOClock = Day0 + 10 * 3600;
constexpr int64_t ThreeOClock = Day0 + 15 * 3600;

// A quiet day (a Connection_Dropped every 15 minutes, never in the bursts' minutes, and a
// Timer_ConnectionIdle every 10 seconds) with two bursts of Connection_Dropped: at 10:00 300
// rows, 240 of them from one client, for one URL; at 15:00 400 rows from 400 clients, no URL.
std::vector<Event> day()
{
    std::vector<Event> quiet;
    for (int64_t t = Day0 + 450; t < Day0 + 86400; t += 900)
        quiet.push_back({t, "Connection_Dropped", "192.0.2.50"});
    for (int64_t t = Day0 + 5; t < Day0 + 86400; t += 10)
        quiet.push_back({t, "Timer_ConnectionIdle", "192.0.2.60"});
    std::vector<Event> morning;
    for (int i = 0; i < 300; ++i)
        morning.push_back({TenOClock + i % 60, "Connection_Dropped",
                           i < 240 ? "203.0.113.9" : "198.51.100." + std::to_string(i % 5),
                           "/api/orders"});
    std::vector<Event> afternoon;
    for (int i = 0; i < 400; ++i)
        afternoon.push_back(
            {ThreeOClock + i % 60, "Connection_Dropped",
             "10." + std::to_string(i % 7) + "." + std::to_string(i % 11) + "." + std::to_string(i),
             "-"});
    return Synthetic::merged({quiet, morning, afternoon});
}

struct Window
{
    LogTableModel model;
    LogFilterModel filter;
    TimelineData data{&model};
    QMainWindow window;
    TimelineWidget *timeline = new TimelineWidget;
    ExplanationPanel *explanation = new ExplanationPanel;
    LogTableView *table = new LogTableView;
    QLineEdit *typing = new QLineEdit;
    SpikeController *spikes = nullptr;

    Window()
    {
        filter.setSourceModel(&model);
        model.appendBatch(Synthetic::batchOf(day()));
        timeline->setTimelineData(&data);
        data.flush();
        table->setModel(&filter);
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(typing);
        layout->addWidget(timeline);
        layout->addWidget(table);
        window.setCentralWidget(central);
        auto *dock = new QDockWidget(QStringLiteral("Explanation"), &window);
        dock->setWidget(explanation);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        spikes = new SpikeController(timeline, explanation, table, &filter, &window);
        spikes->setTimeFormat(TimeFormat(DisplayZone::utc(), QLocale(QLocale::German)));
        window.addActions(spikes->actions());
        window.resize(1280, 800);
    }
    // The time and reason of the table's current row.
    std::pair<int64_t, QString> currentRow() const
    {
        const QModelIndex current = table->currentIndex();
        const size_t row = current.data(LogTableModel::StoreRowRole).toULongLong();
        const LogStore &store = model.store();
        return {store.time(row),
                QString::fromUtf8(store.text(size_t(store.columnOf(LogField::Reason)), row))};
    }
};
} // namespace

class TestSpikeList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsSpikes();
    void selectingMovesTheTable_data();
    void selectingMovesTheTable();
    void keysStepThroughSpikes();
    void spikeCountOpensTheList();
    void viewMenuOpensAFewRows();
    void hiddenRowsAreSaid();
};

void TestSpikeList::initTestCase()
{
    LanguageManager::install(QStringLiteral("en"));
}

void TestSpikeList::listsSpikes()
{
    Window w;
    QAbstractItemModelTester tester(w.spikes->listModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SpikeListModel *m = w.spikes->listModel();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->columnCount(), 6);
    const QStringList header{QStringLiteral("Start (UTC)"), QStringLiteral("Reason"),
                             QStringLiteral("Rows"),        QStringLiteral("Peak"),
                             QStringLiteral("Servers"),     QStringLiteral("Likely")};
    const std::vector<QStringList> rows{
        {QStringLiteral("10.03.2026 10:00:00"), QStringLiteral("Connection_Dropped"),
         QStringLiteral("300"), QStringLiteral("300/min"), QString(), QStringLiteral("One client")},
        {QStringLiteral("10.03.2026 15:00:00"), QStringLiteral("Connection_Dropped"),
         QStringLiteral("400"), QStringLiteral("400/min"), QString(),
         QStringLiteral("Many clients")}};
    for (int c = 0; c < 6; ++c)
        QCOMPARE(m->headerData(c, Qt::Horizontal).toString(), header[c]);
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 6; ++c)
            QCOMPARE(m->index(r, c).data().toString(), rows[size_t(r)][c]);
    }
    QVERIFY(m->index(0, SpikeListModel::LikelyColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Most likely one client's burst: 203.0.113.9")));
    // Another zone: the start times follow, the header names the zone.
    w.spikes->setTimeFormat(
        TimeFormat(*DisplayZone::named("Asia/Tokyo"), QLocale(QLocale::German)));
    QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("10.03.2026 19:00:00"));
    QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Start (Asia/Tokyo)"));
}

void TestSpikeList::selectingMovesTheTable_data()
{
    QTest::addColumn<int>("sortColumn"); // -1: log order
    QTest::addColumn<int>("order");
    QTest::newRow("log order") << -1 << int(Qt::AscendingOrder);
    QTest::newRow("by client, descending") << 2 << int(Qt::DescendingOrder);
    QTest::newRow("by time, descending") << 0 << int(Qt::DescendingOrder);
}

void TestSpikeList::selectingMovesTheTable()
{
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    Window w;
    w.filter.sort(sortColumn, Qt::SortOrder(order));
    const int rowsBefore = w.filter.rowCount();
    QVERIFY(w.spikes->select(1));
    QCOMPARE(w.timeline->chart()->selectedSpike(), 1);
    QCOMPARE(w.currentRow(), std::make_pair(ThreeOClock, QStringLiteral("Connection_Dropped")));
    QCOMPARE(w.filter.rowCount(), rowsBefore); // moved, not filtered
    QCOMPARE(w.spikes->listView()->currentIndex().row(), 1);
    // The explanation is the spike's (not the row's), verdict first, checks shown.
    const QString text = w.explanation->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Most likely the server or the network in front of it")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("From 400 client addresses and 1 URL.")));
    QVERIFY(text.contains(QStringLiteral("What to check next")));
    QVERIFY(text.indexOf(QStringLiteral("Most likely")) < text.indexOf(QStringLiteral("Rows")));
    QVERIFY(!w.spikes->select(2));
}

void TestSpikeList::keysStepThroughSpikes()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    w.table->setFocus();
    QSignalSpy messages(w.spikes, &SpikeController::message);
    QTest::keyClick(w.table, Qt::Key_BracketRight);
    QCOMPARE(w.timeline->chart()->selectedSpike(), 0);
    QCOMPARE(w.currentRow().first, TenOClock);
    QTest::keyClick(w.table, Qt::Key_BracketRight);
    QCOMPARE(w.timeline->chart()->selectedSpike(), 1);
    QTest::keyClick(w.table, Qt::Key_BracketRight);
    QCOMPARE(w.timeline->chart()->selectedSpike(), 1);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().first().toString(), QStringLiteral("This is the last spike"));
    QTest::keyClick(w.table, Qt::Key_BracketLeft);
    QCOMPARE(w.timeline->chart()->selectedSpike(), 0);
    // Typed into a text field, ] is text.
    w.typing->setFocus();
    QTest::keyClick(w.typing, Qt::Key_BracketRight, Qt::NoModifier);
    QCOMPARE(w.typing->text(), QStringLiteral("]"));
    QCOMPARE(w.timeline->chart()->selectedSpike(), 0);
}

void TestSpikeList::spikeCountOpensTheList()
{
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QVERIFY(!w.spikes->dock()->isVisible());
    auto *count = w.timeline->findChild<QLabel *>(QStringLiteral("spikeCount"));
    QVERIFY(count);
    QVERIFY(count->text().contains(QStringLiteral("2 spikes")));
    Q_EMIT count->linkActivated(QStringLiteral("spikes"));
    QVERIFY(w.spikes->dock()->isVisible());
    // A click in the list selects that spike.
    QTreeView *list = w.spikes->listView();
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(w.timeline->chart()->selectedSpike(), 1);
    QCOMPARE(w.currentRow().first, ThreeOClock);
}

void TestSpikeList::viewMenuOpensAFewRows()
{
    // View → Spikes: a few rows at the foot (as the spike count's link opens it), not half
    // the window.
    Window w;
    w.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QDockWidget *dock = w.spikes->dock();
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(dock->height() > 100 && dock->height() <= 160);
    QVERIFY(w.window.centralWidget()->height() > 3 * dock->height());
}

void TestSpikeList::hiddenRowsAreSaid()
{
    Window w;
    FilterState afternoon;
    afternoon.from = Day0 + 12 * 3600;
    w.filter.setFilterState(afternoon);
    QSignalSpy messages(w.spikes, &SpikeController::message);
    QVERIFY(w.spikes->select(0)); // still explained and marked
    QCOMPARE(w.timeline->chart()->selectedSpike(), 0);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().first().toString(),
             QStringLiteral("The spike's rows are hidden by the filters"));
}

QTEST_MAIN(TestSpikeList)
#include "tst_spikelist.moc"
