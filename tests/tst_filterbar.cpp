// FilterBar and the table's filter actions, as a user drives them: typing with the pause,
// Enter, invalid input marked in place, cell actions, the extra criteria buttons, the reason
// picker's list, and Ctrl+C's tab-separated rows.
#include "filterbar.h"
#include "filterfixture.h"
#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "logtableview.h"
#include "reasonlistmodel.h"
#include "serverlistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QtTest>

Q_DECLARE_METATYPE(FilterState)
Q_DECLARE_METATYPE(FilterField)

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QLineEdit *field(FilterBar &bar, const char *name)
{
    return bar.findChild<QLineEdit *>(QString::fromLatin1(name));
}

FilterState lastState(const QSignalSpy &spy)
{
    return spy.last().first().value<FilterState>();
}

QList<QToolButton *> extraButtons(FilterBar &bar)
{
    QList<QToolButton *> buttons;
    for (QToolButton *b : bar.findChildren<QToolButton *>()) {
        if (b->text().contains(QStringLiteral("✕")))
            buttons.append(b);
    }
    return buttons;
}
} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FilterState>(); }
    void typingAppliesAfterPause();
    void enterAppliesAtOnce();
    void invalidTimeMarked();
    void modelErrorsMarked();
    void cellActionsAndExtraButtons();
    void cutTextInTheToolTip();
    void clearAll();
    void focusSearch();
    void reasonPicker();
    void serverPicker();
    void copySelectedRows();
    void timeCellMenuInAnyZone();
    void fromToInTheZone();
};

void TestFilterBar::typingAppliesAfterPause()
{
    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::stateChanged);
    QLineEdit *ip = field(bar, "clientIpFilter");
    QTest::keyClicks(ip, s("10.1.*"));
    QCOMPARE(changed.count(), 0); // still typing
    QVERIFY(changed.wait(FilterBar::TypingPauseMs * 8));
    QCOMPARE(changed.count(), 1); // once for the whole word
    QCOMPARE(lastState(changed).clientIp, s("10.1.*"));
    QCOMPARE(bar.state().clientIp, s("10.1.*"));
}

void TestFilterBar::enterAppliesAtOnce()
{
    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::stateChanged);
    QLineEdit *url = field(bar, "urlFilter");
    QTest::keyClicks(url, s("re:^/api"));
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastState(changed).url, s("re:^/api"));
    QTest::qWait(FilterBar::TypingPauseMs * 2);
    QCOMPARE(changed.count(), 1); // the pending pause does not apply it twice
}

void TestFilterBar::invalidTimeMarked()
{
    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::stateChanged);
    QLineEdit *from = field(bar, "fromFilter");
    QLineEdit *to = field(bar, "toFilter");
    QTest::keyClicks(to, s("2026-03-10 10:59:59"));
    QTest::keyClick(to, Qt::Key_Return);
    QCOMPARE(lastState(changed).to, std::optional<int64_t>(FilterFixture::t0() + 10 * 3600 + 3599));
    QTest::keyClicks(from, s("2026-03-1x"));
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(from->property("invalid").toBool());
    QVERIFY(from->toolTip().contains(s("not a time")));
    QVERIFY(!to->property("invalid").toBool());
    QCOMPARE(bar.state().from, std::nullopt); // an unusable bound stays open
    QCOMPARE(from->text(), s("2026-03-1x"));  // and the text stays for fixing
    from->setText(s("2026-03-10T10:00:00Z"));
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(!from->property("invalid").toBool());
    QCOMPARE(bar.state().from, std::optional<int64_t>(FilterFixture::t0() + 10 * 3600));
}

void TestFilterBar::modelErrorsMarked()
{
    FilterBar bar;
    QLineEdit *url = field(bar, "urlFilter");
    const QString help = url->toolTip();
    bar.setErrors({{FilterField::Url, s("Invalid regular expression: missing )")}});
    QVERIFY(url->property("invalid").toBool());
    QCOMPARE(url->toolTip(), s("Invalid regular expression: missing )"));
    QVERIFY(!field(bar, "clientIpFilter")->property("invalid").toBool());
    bar.setErrors({{FilterField::Time, s("From is after To")}});
    QVERIFY(!url->property("invalid").toBool());
    QCOMPARE(url->toolTip(), help);
    QVERIFY(field(bar, "fromFilter")->property("invalid").toBool());
    QVERIFY(field(bar, "toFilter")->property("invalid").toBool());
}

void TestFilterBar::cellActionsAndExtraButtons()
{
    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::stateChanged);
    bar.applyCellFilter(FilterField::ClientIp, s("10.1.2.3"), false);
    QCOMPARE(field(bar, "clientIpFilter")->text(), s("10.1.2.3"));
    bar.applyCellFilter(FilterField::Status, s("503"), false);
    bar.applyCellFilter(FilterField::Method, s("GET"), true);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(bar.state().status, s("503"));
    QCOMPARE(bar.state().method, s("!GET"));
    QList<QToolButton *> extras = extraButtons(bar);
    QCOMPARE(extras.size(), 2);
    QVERIFY(extras.first()->text().contains(s("503")));
    extras.first()->click();
    QCOMPARE(bar.state().status, QString());
    QCOMPARE(bar.state().method, s("!GET"));
    QCOMPARE(extraButtons(bar).size(), 1);
    bar.applyCellFilter(FilterField::Time, s("2026-03-10 00:00:04"), false);
    QCOMPARE(field(bar, "fromFilter")->text(), s("2026-03-10 00:00:04"));
    QCOMPARE(field(bar, "toFilter")->text(), s("2026-03-10 00:00:04"));
}

void TestFilterBar::cutTextInTheToolTip()
{
    // The extra filters sit in a row of their own below the fields and never widen the bar: a
    // long value is cut with "…", and the tooltip then starts with the whole text.
    FilterBar bar;
    const QString pools = s("ShopAppPool,ReportsAppPool,DefaultAppPool,ApiAppPool,"
                            "Connection_Abandoned_By_ReqQueue_Pool_With_A_Long_Name");
    FilterState state;
    state.queue = pools;
    bar.setState(state);
    const QList<QToolButton *> extras = extraButtons(bar);
    QCOMPARE(extras.size(), 1);
    QToolButton *queue = extras.first();
    QVERIFY(queue->sizeHint().width() > bar.minimumSizeHint().width());
    bar.resize(bar.minimumSizeHint());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QLineEdit *url = field(bar, "urlFilter");
    QVERIFY(queue->y() >= url->y() + url->height());
    QTRY_VERIFY(queue->width() < queue->sizeHint().width());
    QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), queue->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(queue, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(),
             s("Queue: %1 ✕\nFilter on Queue: %1. Click to remove it.").arg(pools));
    QToolTip::hideText();
}

void TestFilterBar::focusSearch()
{
    FilterBar bar;
    FilterState state;
    state.url = s("api");
    bar.setState(state);
    bar.show();
    QVERIFY(QTest::qWaitForWindowActive(&bar));
    bar.focusSearch();
    QLineEdit *url = field(bar, "urlFilter");
    QCOMPARE(QApplication::focusWidget(), url);
    QCOMPARE(url->selectedText(), s("api"));
}

void TestFilterBar::clearAll()
{
    FilterBar bar;
    FilterState state;
    state.url = s("api");
    state.status = s("503");
    state.from = FilterFixture::t0();
    bar.setState(state);
    QCOMPARE(field(bar, "urlFilter")->text(), s("api"));
    QSignalSpy changed(&bar, &FilterBar::stateChanged);
    auto *clear = bar.findChild<QToolButton *>(s("clearFilters"));
    QVERIFY(clear->isEnabled());
    clear->click();
    QCOMPARE(changed.count(), 1);
    QVERIFY(lastState(changed).isEmpty());
    QCOMPARE(field(bar, "urlFilter")->text(), QString());
    QCOMPARE(field(bar, "fromFilter")->text(), QString());
    QVERIFY(extraButtons(bar).isEmpty());
    QVERIFY(!clear->isEnabled());
}

void TestFilterBar::reasonPicker()
{
    LogTableModel table;
    LogFilterModel proxy;
    proxy.setSourceModel(&table);
    table.appendBatch(FilterFixture::batch(0, 16));
    ReasonListModel reasons(&proxy);
    FilterBar bar;
    bar.setReasonModel(&reasons);
    connect(&bar, &FilterBar::stateChanged, &proxy, &LogFilterModel::setFilterState);
    auto *picker = bar.findChild<QToolButton *>(s("reasonPicker"));
    QCOMPARE(picker->text(), s("All reasons"));
    QSignalSpy changed(&bar, &FilterBar::stateChanged);
    reasons.selectOnly(0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastState(changed).reasons, QStringList{s("BadRequest")});
    QCOMPARE(proxy.rowCount(), 6);
    QCOMPARE(picker->text(), s("Reason: BadRequest"));
    reasons.setData(reasons.index(1, 0), Qt::Checked, Qt::CheckStateRole);
    QCOMPARE(picker->text(), s("2 of 10 reasons"));
    QCOMPARE(proxy.rowCount(), 8);
    reasons.selectAll();
    QCOMPARE(proxy.rowCount(), 16);
    QVERIFY(lastState(changed).isEmpty());
    // The search box keeps the reasons whose name contains the text, case ignored.
    auto *search = bar.findChild<QLineEdit *>(s("reasonListSearch"));
    auto *list = bar.findChild<QTreeView *>(s("reasonList"));
    QVERIFY(search);
    QVERIFY(list);
    search->setText(s("timer"));
    QStringList shown;
    for (int r = 0; r < reasons.rowCount(); ++r) {
        if (!list->isRowHidden(r, {}))
            shown << reasons.name(r);
    }
    shown.sort();
    QCOMPARE(shown, (QStringList{s("Timer_ConnectionIdle"), s("Timer_MinBytesPerSecond")}));
    search->setText(s("CONNECTION"));
    QCOMPARE(
        reasons.rowCount() -
            [&] {
                int hidden = 0;
                for (int r = 0; r < reasons.rowCount(); ++r)
                    hidden += list->isRowHidden(r, {}) ? 1 : 0;
                return hidden;
            }(),
        3); // Connection_Abandoned_By_ReqQueue, Connection_Dropped, Timer_ConnectionIdle
    search->clear();
    for (int r = 0; r < reasons.rowCount(); ++r)
        QVERIFY(!list->isRowHidden(r, {}));
}

void TestFilterBar::serverPicker()
{
    LogTableModel table;
    LogFilterModel proxy;
    proxy.setSourceModel(&table);
    ServerListModel servers(&proxy);
    QAbstractItemModelTester tester(&servers,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    FilterBar bar;
    bar.setServerModel(&servers);
    connect(&bar, &FilterBar::stateChanged, &proxy, &LogFilterModel::setFilterState);
    auto *picker = bar.findChild<QToolButton *>(s("serverPicker"));
    QVERIFY(picker->isHidden()); // nothing loaded: no servers to pick from
    LogStore fixture;
    FilterFixture::fillWithServers(fixture);
    table.setFileSet(fixture.fileSet());
    for (const LogBatch &b : FilterFixture::serverBatches())
        table.appendBatch(b);
    QVERIFY(!picker->isHidden());
    // With the server picker shown, a 1024-pixel window still leaves the Explanation panel a
    // readable width (the bar once asked for 833 pixels, leaving the panel about 130).
    QVERIFY2(bar.minimumSizeHint().width() <= 790,
             qPrintable(QString::number(bar.minimumSizeHint().width())));
    QCOMPARE(picker->text(), s("All servers"));
    QCOMPARE(servers.rowCount(), 3);
    QCOMPARE(servers.name(2), s("web03"));
    QCOMPARE(servers.index(1, CheckListModel::CountColumn).data().toString(), s("5"));

    QSignalSpy changed(&bar, &FilterBar::stateChanged);
    servers.selectOnly(1);
    QCOMPARE(lastState(changed).servers, QStringList{s("WEB02")});
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(picker->text(), s("Server: WEB02"));
    servers.setData(servers.index(2, 0), Qt::Checked, Qt::CheckStateRole);
    QCOMPARE(picker->text(), s("2 of 3 servers"));
    QCOMPARE(lastState(changed).excludedServers, QStringList{s("WEB01")});
    QCOMPARE(proxy.rowCount(), 10);

    // A rename carries the filter over to the new name.
    QVERIFY(table.renameServer(0, s("Front")));
    bar.renameServer(s("WEB01"), s("Front"));
    QCOMPARE(lastState(changed).excludedServers, QStringList{s("Front")});
    QCOMPARE(proxy.rowCount(), 10);
    QCOMPARE(servers.name(0), s("Front"));
    servers.selectAll();
    QVERIFY(lastState(changed).isEmpty());
    QCOMPARE(proxy.rowCount(), 16);
}

void TestFilterBar::copySelectedRows()
{
    LogTableModel table;
    LogFilterModel proxy;
    proxy.setSourceModel(&table);
    table.appendBatch(FilterFixture::batch(0, 16));
    FilterState state;
    state.status = s("503");
    proxy.setFilterState(state);
    LogTableView view;
    view.setModel(&proxy);
    QCOMPARE(proxy.rowCount(), 3);
    QItemSelection selection;
    selection.select(proxy.index(0, 0), proxy.index(0, proxy.columnCount() - 1));
    selection.select(proxy.index(2, 0), proxy.index(2, 0));
    selection.select(proxy.index(2, 2), proxy.index(2, 3)); // same row twice: copied once
    view.selectionModel()->select(selection, QItemSelectionModel::Select);
    QSignalSpy message(&view, &LogTableView::message);
    QCOMPARE(view.copySelectedRows(), 2);
    QCOMPARE(message.count(), 1);
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // the titles, two rows and the final newline
    QCOMPARE(lines.first().section(QLatin1Char('\t'), 0, 0), s("Time (UTC)"));
    const QStringList first = lines.at(1).split(QLatin1Char('\t'));
    // Every column the view shows: all but Server, hidden while there is one server.
    QVERIFY(view.isColumnHidden(table.serverColumn()));
    QCOMPARE(first.size(), proxy.columnCount() - 1);
    QCOMPARE(first.first(), s("2026-03-10 00:00:01"));
    QVERIFY(first.contains(s("/api/login")));
    QVERIFY(lines.at(2).contains(s("/api/v2/items")));
    // Columns follow their on-screen order.
    view.horizontalHeader()->moveSection(proxy.columnCount() - 1, 0);
    int rows = 0;
    const QString text = view.selectedRowsText(&rows);
    QCOMPARE(rows, 2);
    QCOMPARE(text.section(QLatin1Char('\n'), 1, 1).section(QLatin1Char('\t'), 0, 0),
             proxy.index(0, proxy.columnCount() - 1).data().toString());
}

void TestFilterBar::timeCellMenuInAnyZone()
{
    // The time column shows Tokyo's clock in German; "Show Only" still means that very second.
    LogTableModel table;
    table.setTimeFormat(TimeFormat(*DisplayZone::named("Asia/Tokyo"), QLocale(QLocale::German)));
    LogFilterModel proxy;
    proxy.setSourceModel(&table);
    table.appendBatch(FilterFixture::batch(0, 16));
    LogTableView view;
    view.setModel(&proxy);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex cell = proxy.index(2, 0);
    QCOMPARE(cell.data().toString(), s("10.03.2026 09:00:02"));
    QSignalSpy requested(&view, &LogTableView::cellFilterRequested);
    QTimer::singleShot(50, this, [] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            menu->actions().first()->trigger(); // Show Only
            menu->close();
        }
    });
    const QPoint pos = view.visualRect(cell).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.viewport(), &event);
    QCOMPARE(requested.count(), 1);
    FilterState state;
    state.showOnly(requested.first().at(0).value<FilterField>(),
                   requested.first().at(1).toString());
    QCOMPARE(state.from, std::optional<int64_t>(FilterFixture::t0() + 2));
    QCOMPARE(state.to, state.from);
}

void TestFilterBar::fromToInTheZone()
{
    // Times typed in From and To are the zone's, shown back in the locale's format.
    FilterBar bar;
    bar.setTimeFormat(TimeFormat(*DisplayZone::named("America/New_York"),
                                 QLocale(QLocale::English, QLocale::UnitedStates)));
    QLineEdit *from = field(bar, "fromFilter");
    QCOMPARE(from->placeholderText(), s("From (America/New_York)"));
    QSignalSpy changed(&bar, &FilterBar::stateChanged);
    from->setText(s("2026-03-10 08:00:00"));
    QTest::keyClick(from, Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastState(changed).from, std::optional<int64_t>(FilterFixture::t0() + 12 * 3600));
    QCOMPARE(from->text(), s("3/10/2026 8:00:00 AM"));
    // The zone changes: the same moment reads on the new clock.
    bar.setTimeFormat(TimeFormat(DisplayZone::utc(), QLocale(QLocale::German)));
    QCOMPARE(from->text(), s("10.03.2026 12:00:00"));
    QCOMPARE(bar.state().from, std::optional<int64_t>(FilterFixture::t0() + 12 * 3600));
    // Not a time: marked, with an example in the zone's format.
    from->setText(s("lunchtime"));
    QTest::keyClick(from, Qt::Key_Return);
    QVERIFY(from->property("invalid").toBool());
    QVERIFY2(from->toolTip().contains(s("10.03.2026 14:05:00")), qPrintable(from->toolTip()));
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
