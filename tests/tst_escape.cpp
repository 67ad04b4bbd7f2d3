// Escape as a user presses it in the window: it closes the drop-down or popup that is open and
// nothing more, clears the filters only with the focus in the filter bar or the table, and stops
// a running load from anywhere.
#include "displayclock.h"
#include "escapecontroller.h"
#include "filterbar.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "logtableview.h"
#include "reasonlistmodel.h"
#include "reasonpicker.h"
#include "timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QVBoxLayout>
#include <QtTest>

namespace {
FilterState someFilter()
{
    FilterState state;
    state.url = QStringLiteral("/api");
    state.reasons = {QStringLiteral("Connection_Dropped")};
    return state;
}

void pressEscape()
{
    QWidget *target = QApplication::activePopupWidget();
    if (target && target->focusWidget())
        target = target->focusWidget();
    if (!target)
        target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key_Escape);
}
} // namespace

class TestEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dropDownTakesEscape_data();
    void dropDownTakesEscape();
    void focusOutsideFiltersKeepsThem();
    void focusInTableOrFilterBarClears_data();
    void focusInTableOrFilterBarClears();
    void reasonPopupTakesEscape();
    void stopsLoadingFromAnywhere();

private:
    QMainWindow *m_window = nullptr;
    LogSession *m_session = nullptr;
    LogFilterModel *m_filter = nullptr;
    ReasonListModel *m_reasons = nullptr;
    FilterBar *m_bar = nullptr;
    LogTableView *m_table = nullptr;
    TimelineWidget *m_timeline = nullptr;
};

void TestEscape::init()
{
    m_window = new QMainWindow;
    m_session = new LogSession(m_window);
    m_filter = new LogFilterModel(m_window);
    m_filter->setSourceModel(m_session->tableModel());
    m_reasons = new ReasonListModel(m_filter, m_window);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_bar = new FilterBar;
    m_bar->setReasonModel(m_reasons);
    m_table = new LogTableView;
    m_table->setModel(m_filter);
    layout->addWidget(m_bar);
    layout->addWidget(m_table);
    m_window->setCentralWidget(central);
    m_timeline = new TimelineWidget;
    m_timeline->setDisplayClock(new DisplayClock(m_window));
    auto *dock = new QDockWidget(QStringLiteral("Timeline"));
    dock->setWidget(m_timeline);
    m_window->addDockWidget(Qt::TopDockWidgetArea, dock);
    new EscapeController(m_window, central, m_session, m_bar);
    connect(m_bar, &FilterBar::stateChanged, m_filter, &LogFilterModel::setFilterState);
    QSignalSpy finished(m_session, &LogSession::loadFinished);
    m_session->open({QStringLiteral(":/demo/httperr-demo.log")});
    QVERIFY(finished.wait(20000));
    m_bar->setState(someFilter());
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestEscape::cleanup()
{
    delete m_window;
}

void TestEscape::dropDownTakesEscape_data()
{
    QTest::addColumn<QString>("combo");
    QTest::newRow("bucket") << QStringLiteral("bucketCombo");
    QTest::newRow("time zone") << QStringLiteral("timeZoneCombo");
}

void TestEscape::dropDownTakesEscape()
{
    QFETCH(QString, combo);
    auto *box = m_timeline->findChild<QComboBox *>(combo);
    QVERIFY(box);
    box->setFocus();
    box->showPopup();
    QTRY_VERIFY(QApplication::activePopupWidget());
    pressEscape();
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QCOMPARE(m_bar->state(), someFilter());
}

void TestEscape::focusOutsideFiltersKeepsThem()
{
    // The timeline's controls are not where filters are cleared.
    QComboBox *box = m_timeline->findChild<QComboBox *>();
    box->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), box);
    pressEscape();
    QCOMPARE(m_bar->state(), someFilter());
}

void TestEscape::focusInTableOrFilterBarClears_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("table") << QStringLiteral("table");
    QTest::newRow("URL field") << QStringLiteral("urlFilter");
}

void TestEscape::focusInTableOrFilterBarClears()
{
    QFETCH(QString, where);
    QWidget *target = where == QLatin1String("table") ? static_cast<QWidget *>(m_table)
                                                      : m_bar->findChild<QLineEdit *>(where);
    target->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), target);
    pressEscape();
    QCOMPARE(m_bar->state(), FilterState());
}

void TestEscape::reasonPopupTakesEscape()
{
    auto *picker = m_bar->findChild<ReasonPicker *>();
    QVERIFY(picker);
    picker->setFocus();
    // The menu runs its own event loop: press Escape from inside it.
    bool popupShown = false;
    QTimer::singleShot(50, this, [&popupShown] {
        popupShown = QApplication::activePopupWidget() != nullptr;
        pressEscape();
    });
    // Should Escape not reach it, the menu is closed anyway so the test ends.
    QTimer::singleShot(3000, this, [] {
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    });
    picker->showMenu();
    QVERIFY(popupShown);
    QVERIFY(!QApplication::activePopupWidget());
    QCOMPARE(m_bar->state(), someFilter());
}

void TestEscape::stopsLoadingFromAnywhere()
{
    QComboBox *box = m_timeline->findChild<QComboBox *>();
    box->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), box);
    QSignalSpy finished(m_session, &LogSession::loadFinished);
    m_session->open({QStringLiteral(":/demo/httperr-demo.log")});
    QVERIFY(m_session->isLoading());
    pressEscape();
    QVERIFY(!finished.isEmpty() || finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true); // cancelled
    QCOMPARE(m_bar->state(), someFilter());
}

QTEST_MAIN(TestEscape)
#include "tst_escape.moc"
