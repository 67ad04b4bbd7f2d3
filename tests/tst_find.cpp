// Finding rows as a user does, without filtering: the find bar's matches in every shown column
// (field values, times in the zone shown, file names, line numbers; case ignored, also beyond
// ASCII), its count, Enter/F3/Shift+F3 stepping in display order with wrapping, matches that
// follow the filters, the sort, hidden columns and the zone; Escape in the bar closes it and
// keeps the filters; Go to Time moves the table to the first row at or after a typed time.
#include "escapecontroller.h"
#include "filterbar.h"
#include "findbar.h"
#include "findcontroller.h"
#include "gototimedialog.h"
#include "languagemanager.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "logtablemodel.h"
#include "logtableview.h"
#include "syntheticlog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

using Synthetic::Day0;
using Synthetic::Event;

namespace {
// Six rows an hour apart from 00:00 UTC: i = 0..5, reason Connection_Dropped for even i and
// Timer_ConnectionIdle for odd i, client 10.0.0.i, URL /api/orders/i for i < 3, /static/app.js
// for 3 and 4, /café for 5; line i + 1 of /logs/httperr1.log.
std::vector<Event> rows()
{
    std::vector<Event> events;
    for (int i = 0; i < 6; ++i) {
        const std::string uri = i < 3   ? "/api/orders/" + std::to_string(i)
                                : i < 5 ? std::string("/static/app.js")
                                        : std::string("/caf\xc3\xa9");
        events.push_back({Day0 + 3600 * i, i % 2 ? "Timer_ConnectionIdle" : "Connection_Dropped",
                          "10.0.0." + std::to_string(i), uri});
    }
    return events;
}

TimeFormat german(const char *zone = nullptr)
{
    return TimeFormat(zone ? *DisplayZone::named(zone) : DisplayZone::utc(),
                      QLocale(QLocale::German));
}

struct Window
{
    LogSession session;
    LogTableModel &model = *session.tableModel();
    LogFilterModel filter;
    QMainWindow window;
    FilterBar *filterBar = new FilterBar;
    LogTableView *table = new LogTableView;
    FindController *find = nullptr;
    EscapeController *escape = nullptr;

    Window()
    {
        model.reset({QStringLiteral("/logs/httperr1.log")});
        model.appendBatch(Synthetic::batchOf(rows()));
        model.setTimeFormat(german());
        filter.setSourceModel(&model);
        table->setModel(&filter);
        find = new FindController(table, &filter, &window);
        auto *central = new QWidget;
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(filterBar);
        layout->addWidget(find->bar());
        layout->addWidget(table);
        window.setCentralWidget(central);
        window.addActions(find->actions());
        escape = new EscapeController(&window, central, &session, filterBar);
        window.resize(1024, 700);
    }
    // The `i` of the table's current row (its client's last digit), -1 when none.
    int current() const
    {
        const QModelIndex index = table->currentIndex();
        if (!index.isValid())
            return -1;
        const size_t row = index.data(LogTableModel::StoreRowRole).toULongLong();
        return int(model.store().time(row) - Day0) / 3600;
    }
    QString count() const
    {
        return find->bar()->findChild<QLabel *>(QStringLiteral("findCount"))->text();
    }
    void show()
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }
};
} // namespace

class TestFind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsInEveryColumn_data();
    void findsInEveryColumn();
    void stepsWithKeys();
    void followsTheSort();
    void followsFiltersColumnsAndZone();
    void escapeClosesTheBarOnly();
    void goToTime_data();
    void goToTime();
    void goToTimeDialog();
};

void TestFind::initTestCase()
{
    LanguageManager::install(QStringLiteral("en"));
}

void TestFind::findsInEveryColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("matches"); // the rows' i
    QTest::newRow("URL") << "orders" << QList<int>{0, 1, 2};
    QTest::newRow("URL, other case") << "ORDERS" << QList<int>{0, 1, 2};
    QTest::newRow("client") << "10.0.0.1" << QList<int>{1};
    QTest::newRow("reason") << "timer" << QList<int>{1, 3, 5};
    QTest::newRow("time") << "03:00:00" << QList<int>{3};
    QTest::newRow("date") << "10.03.2026" << QList<int>{0, 1, 2, 3, 4, 5};
    // Line 4, client 10.0.0.4 and 04:00:00.
    QTest::newRow("digit") << "4" << QList<int>{3, 4};
    QTest::newRow("file") << "HTTPERR1.log" << QList<int>{0, 1, 2, 3, 4, 5};
    QTest::newRow("beyond ASCII, other case") << "CAFÉ" << QList<int>{5};
    QTest::newRow("nothing") << "nowhere" << QList<int>{};
}

void TestFind::findsInEveryColumn()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, matches);
    Window w;
    w.find->find(text);
    QList<int> found;
    for (const int row : w.find->finder().rows())
        found.append(row); // log order: display row = i
    QCOMPARE(found, matches);
    QCOMPARE(w.filter.rowCount(), 6); // found, not filtered
    if (matches.isEmpty()) {
        QCOMPARE(w.count(), QStringLiteral("No row contains it"));
        QCOMPARE(w.current(), -1);
    } else {
        QCOMPARE(w.current(), matches.first());
        QCOMPARE(w.count(), QStringLiteral("1 of %1 rows").arg(matches.size()));
    }
}

void TestFind::stepsWithKeys()
{
    Window w;
    w.show();
    QTest::keyClick(&w.window, Qt::Key_F, Qt::ControlModifier);
    QLineEdit *field = w.find->bar()->field();
    QVERIFY(w.find->bar()->isVisible());
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("timer"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(w.current(), 1);
    QCOMPARE(w.count(), QStringLiteral("1 of 3 rows"));
    QTest::keyClick(field, Qt::Key_F3);
    QCOMPARE(w.current(), 3);
    QCOMPARE(w.count(), QStringLiteral("2 of 3 rows"));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(w.current(), 5);
    QSignalSpy messages(w.find, &FindController::message);
    QTest::keyClick(field, Qt::Key_F3);
    QCOMPARE(w.current(), 1);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().first().toString(), QStringLiteral("Found again from the first row"));
    QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(w.current(), 5);
    QCOMPARE(w.count(), QStringLiteral("3 of 3 rows"));
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(w.current(), 3);
    // The current cell is the match's.
    QCOMPARE(w.table->currentIndex().column(), w.model.columnOf(LogField::Reason));
    QCOMPARE(w.filter.rowCount(), 6);
    // F3 from the table too.
    w.table->setFocus();
    QTest::keyClick(w.table, Qt::Key_F3);
    QCOMPARE(w.current(), 5);
}

void TestFind::followsTheSort()
{
    Window w;
    // By client, descending: i = 5, 4, 3, 2, 1, 0.
    w.filter.sort(w.model.columnOf(LogField::ClientIp), Qt::DescendingOrder);
    w.find->find(QStringLiteral("timer"));
    QCOMPARE(w.find->finder().rows(), (std::vector<int>{0, 2, 4}));
    QCOMPARE(w.current(), 5);
    QVERIFY(w.find->step(1));
    QCOMPARE(w.current(), 3);
    // Sorted anew while the bar shows: the matches follow.
    w.filter.sort(-1);
    QTRY_COMPARE(w.find->finder().rows(), (std::vector<int>{1, 3, 5}));
    QCOMPARE(w.count(), QStringLiteral("2 of 3 rows"));
}

void TestFind::followsFiltersColumnsAndZone()
{
    Window w;
    FilterState dropped;
    dropped.reasons = {QStringLiteral("Connection_Dropped")}; // i = 0, 2, 4
    w.filter.setFilterState(dropped);
    w.find->find(QStringLiteral("orders"));
    QCOMPARE(w.find->finder().count(), size_t(2));
    QCOMPARE(w.filter.rowCount(), 3);
    w.filter.setFilterState({});
    QTRY_COMPARE(w.find->finder().count(), size_t(3));
    QCOMPARE(w.count(), QStringLiteral("3 rows")); // the filter change left no current row

    // A hidden column is not searched.
    const int queue = w.model.columnOf(LogField::QueueName);
    w.find->find(QStringLiteral("DefaultAppPool"));
    QCOMPARE(w.find->finder().count(), size_t(6));
    w.table->setColumnHidden(queue, true);
    w.find->find(QStringLiteral("defaultapppool"));
    QCOMPARE(w.find->finder().count(), size_t(0));
    w.table->setColumnHidden(queue, false);

    // Times as shown: in Tokyo 03:00 UTC is 12:00.
    w.find->find(QStringLiteral("12:00:00"));
    QCOMPARE(w.find->finder().count(), size_t(0));
    w.model.setTimeFormat(german("Asia/Tokyo"));
    QTRY_COMPARE(w.find->finder().rows(), (std::vector<int>{3}));
}

void TestFind::escapeClosesTheBarOnly()
{
    Window w;
    w.show();
    FilterState url;
    url.url = QStringLiteral("orders");
    w.filterBar->setState(url);
    QSignalSpy cleared(w.filterBar, &FilterBar::stateChanged);
    w.find->find(QStringLiteral("orders"));
    w.find->actions().first()->trigger();
    QLineEdit *field = w.find->bar()->field();
    QVERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!w.find->bar()->isVisible());
    QCOMPARE(cleared.count(), 0);
    QVERIFY(w.table->hasFocus());
    // In the table Escape still clears the filters.
    QTest::keyClick(w.table, Qt::Key_Escape);
    QCOMPARE(cleared.count(), 1);
}

void TestFind::goToTime_data()
{
    QTest::addColumn<int>("sortColumn"); // -1: log order
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("expected"); // i of the row, -1: none
    QTest::newRow("exact") << -1 << qint64(Day0 + 2 * 3600) << 2;
    QTest::newRow("between") << -1 << qint64(Day0 + 2 * 3600 + 1) << 3;
    QTest::newRow("before all") << -1 << qint64(Day0 - 86400) << 0;
    QTest::newRow("after all") << -1 << qint64(Day0 + 6 * 3600) << -1;
    QTest::newRow("sorted by client") << int(LogField::ClientIp) << qint64(Day0 + 1800) << 1;
}

void TestFind::goToTime()
{
    QFETCH(int, sortColumn);
    QFETCH(qint64, time);
    QFETCH(int, expected);
    Window w;
    if (sortColumn >= 0)
        w.filter.sort(w.model.columnOf(LogField(sortColumn)), Qt::DescendingOrder);
    QSignalSpy messages(w.find, &FindController::message);
    QCOMPARE(w.find->goToTime(time), expected >= 0);
    QCOMPARE(w.current(), expected);
    QCOMPARE(messages.count(), expected >= 0 ? 0 : 1);
    if (expected < 0)
        QCOMPARE(messages.first().first().toString(),
                 QStringLiteral("No row shown is at or after 10.03.2026 06:00:00 UTC"));
}

void TestFind::goToTimeDialog()
{
    Window w;
    w.model.setTimeFormat(german("Asia/Tokyo"));
    w.show();
    w.table->setFocus();
    QTest::keyClick(w.table, Qt::Key_G, Qt::ControlModifier);
    auto *dialog = w.window.findChild<GoToTimeDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Starts at the first row's time, in the zone shown.
    QCOMPARE(dialog->field()->text(), QStringLiteral("10.03.2026 09:00:00"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *reading = dialog->findChild<QLabel *>(QStringLiteral("goToTimeReading"));
    dialog->field()->setText(QStringLiteral("lunch"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(reading->text(), QStringLiteral("Not a time yet"));
    // 11:30 in Tokyo is 02:30 UTC: the first row at or after it is 03:00 UTC.
    dialog->field()->setText(QStringLiteral("2026-03-10 11:30"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(reading->text(),
             QStringLiteral("Reads as 10.03.2026 11:30:00 UTC+09:00 (Asia/Tokyo)"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(w.current(), 3);
    QCOMPARE(w.filter.rowCount(), 6);
}

QTEST_MAIN(TestFind)
#include "tst_find.moc"
