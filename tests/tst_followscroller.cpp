// The table stays at the newest rows while following, unless the user scrolled away.
#include "followscroller.h"

#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

namespace {
void appendRows(QStandardItemModel &model, int count)
{
    for (int i = 0; i < count; ++i)
        model.appendRow(new QStandardItem(QString::number(model.rowCount())));
}

// 500 rows in a small table, on screen.
void show(QStandardItemModel &model, QTableView &view)
{
    appendRows(model, 500);
    view.resize(300, 200);
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}
} // namespace

class TestFollowScroller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staysAtNewestUnlessScrolledAway();
    void disabledLeavesTheViewAlone();
};

void TestFollowScroller::staysAtNewestUnlessScrolledAway()
{
    QStandardItemModel model;
    QTableView view;
    show(model, view);
    FollowScroller scroller(&view);
    QScrollBar *bar = view.verticalScrollBar();
    QCOMPARE(bar->value(), 0);

    scroller.setEnabled(true); // turning Follow on shows the newest rows
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(scroller.isAtNewest());
    appendRows(model, 50);
    QTRY_COMPARE(bar->maximum(), 550 - (bar->pageStep()));
    QCOMPARE(bar->value(), bar->maximum());

    // The user scrolls up: new rows no longer move the view.
    bar->setValue(100);
    QVERIFY(!scroller.isAtNewest());
    appendRows(model, 50);
    QTRY_COMPARE(bar->maximum(), 600 - bar->pageStep());
    QCOMPARE(bar->value(), 100);

    // Back at the end: it follows again.
    bar->setValue(bar->maximum());
    QVERIFY(scroller.isAtNewest());
    appendRows(model, 10);
    QTRY_COMPARE(bar->maximum(), 610 - bar->pageStep());
    QCOMPARE(bar->value(), bar->maximum());
}

void TestFollowScroller::disabledLeavesTheViewAlone()
{
    QStandardItemModel model;
    QTableView view;
    show(model, view);
    FollowScroller scroller(&view);
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(bar->maximum());
    const int max = bar->maximum();
    appendRows(model, 50);
    QTRY_COMPARE(bar->maximum(), max + 50);
    QCOMPARE(bar->value(), max);
}

QTEST_MAIN(TestFollowScroller)
#include "tst_followscroller.moc"
