// The table's cell menu beyond Show Only / Exclude, as a user right-clicks: "Rows Around This
// Time (±5 min)" on any cell and "Same /24" / "Same /64" on a client address, each a filter
// step that Undo takes back.
#include "filterbar.h"
#include "filtercontroller.h"
#include "filterhistory.h"
#include "languagemanager.h"
#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "logtableview.h"
#include "syntheticlog.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMainWindow>
#include <QMenu>
#include <QTimer>
#include <QVBoxLayout>
#include <QtTest>

using Synthetic::Day0;

namespace {
// Rows a minute apart from 00:00 UTC for an hour; client 10.20.0.(i % 4), every tenth from
// 2001:db8:1:2::(i) (IPv6).
std::vector<Synthetic::Event> rows()
{
    std::vector<Synthetic::Event> events;
    for (int i = 0; i < 60; ++i)
        events.push_back({Day0 + 60 * i, "Connection_Dropped",
                          i % 10 == 0 ? "2001:db8:1:2::" + std::to_string(i)
                                      : "10.20.0." + std::to_string(i % 4)});
    return events;
}

struct Window
{
    LogTableModel model;
    LogFilterModel filter;
    QMainWindow window;
    FilterBar *bar = new FilterBar;
    LogTableView *table = new LogTableView;
    FilterController *filters = nullptr;

    Window()
    {
        model.appendBatch(Synthetic::batchOf(rows()));
        filter.setSourceModel(&model);
        table->setModel(&filter);
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(bar);
        layout->addWidget(table);
        window.setCentralWidget(central);
        filters = new FilterController(bar, &filter, table, &window);
        window.resize(1024, 700);
        window.show();
    }
    // Right-clicks the cell and chooses the menu entry starting with `text`; false without one.
    bool choose(const QModelIndex &cell, const QString &text)
    {
        bool found = false;
        QTimer::singleShot(50, table, [&found, text] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (action->text().startsWith(text)) {
                    found = true;
                    action->trigger();
                }
            }
            menu->close();
        });
        const QPoint pos = table->visualRect(cell).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, table->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(table->viewport(), &event);
        return found;
    }
};
} // namespace

class TestCellMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAroundThisTime();
    void sameNetwork_data();
    void sameNetwork();
};

void TestCellMenu::initTestCase()
{
    LanguageManager::install(QStringLiteral("en"));
}

void TestCellMenu::rowsAroundThisTime()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    // Row 30 (00:30) from its URL cell: 00:25 to 00:35, 11 rows.
    QVERIFY(w.choose(w.filter.index(30, w.model.columnOf(LogField::Uri)),
                     QStringLiteral("Rows Around This Time (±5 min)")));
    QCOMPARE(w.filter.filterState().from, std::optional<int64_t>(Day0 + 25 * 60));
    QCOMPARE(w.filter.filterState().to, std::optional<int64_t>(Day0 + 35 * 60));
    QCOMPARE(w.filter.rowCount(), 11);
    w.filters->history()->undoAction()->trigger();
    QCOMPARE(w.filter.rowCount(), 60);
}

void TestCellMenu::sameNetwork_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("clientIp");
    QTest::addColumn<int>("rows");
    QTest::newRow("IPv4") << 1 << "Same /24 (10.20.0.0/24)"
                          << "10.20.0.0/24" << 54;
    QTest::newRow("IPv6") << 10 << "Same /64 (2001:db8:1:2::/64)"
                          << "2001:db8:1:2::/64" << 6;
}

void TestCellMenu::sameNetwork()
{
    QFETCH(int, row);
    QFETCH(QString, entry);
    QFETCH(QString, clientIp);
    QFETCH(int, rows);
    Window w;
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    const int column = w.model.columnOf(LogField::ClientIp);
    QVERIFY(w.choose(w.filter.index(row, column), entry));
    QCOMPARE(w.filter.filterState().clientIp, clientIp);
    QCOMPARE(w.filter.rowCount(), rows);
    w.filters->history()->undoAction()->trigger();
    QCOMPARE(w.filter.filterState().clientIp, QString());
    // Not offered on other columns.
    QVERIFY(
        !w.choose(w.filter.index(row, w.model.columnOf(LogField::Uri)), QStringLiteral("Same /")));
}

QTEST_MAIN(TestCellMenu)
#include "tst_cellmenu.moc"
