// Undo and redo of filter changes, made every way a user makes them in the window (typing, the
// reason picker, the cell menu, brushing the chart, an Explanation link, Clear all) and walked
// back and forth with Ctrl+Z / Ctrl+Shift+Z, Alt+Left / Alt+Right and the mouse's side buttons.
#include "explanationpanel.h"
#include "filterbar.h"
#include "filtercontroller.h"
#include "filterhistory.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "logtableview.h"
#include "reasonlistmodel.h"
#include "timelinechart.h"
#include "timelinedata.h"
#include "timelinewidget.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtTest>

namespace {
constexpr qint64 Day0 = 1773100800; // 2026-03-10T00:00:00Z, the demo log's day

QPoint pointAt(const TimelineChart &chart, double key)
{
    const QRect r = chart.axisRect()->rect();
    return QPoint(int(std::lround(chart.xAxis->coordToPixel(key))), r.center().y());
}

void press(QWidget *widget, const QKeySequence &keys)
{
    QTest::keySequence(widget, keys);
}
} // namespace

class TestFilterHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyWayIsUndone();
    void typingInOneFieldIsOneStep();
    void ctrlZInFilterFieldUndoesTheFilter();
    void mouseSideButtons();
    void restoreIsNoStep();

private:
    QList<FilterState> makeSixChanges();

    QMainWindow *m_window = nullptr;
    LogSession *m_session = nullptr;
    LogFilterModel *m_model = nullptr;
    ReasonListModel *m_reasons = nullptr;
    FilterBar *m_bar = nullptr;
    LogTableView *m_table = nullptr;
    TimelineData *m_data = nullptr;
    TimelineWidget *m_timeline = nullptr;
    ExplanationPanel *m_panel = nullptr;
    FilterController *m_filters = nullptr;
};

void TestFilterHistory::init()
{
    m_window = new QMainWindow;
    m_session = new LogSession(m_window);
    m_model = new LogFilterModel(m_window);
    m_model->setSourceModel(m_session->tableModel());
    m_reasons = new ReasonListModel(m_model, m_window);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_bar = new FilterBar;
    m_bar->setReasonModel(m_reasons);
    m_table = new LogTableView;
    m_table->setModel(m_model);
    m_timeline = new TimelineWidget;
    m_data = new TimelineData(m_session->tableModel(), m_window);
    m_timeline->setTimelineData(m_data);
    m_panel = new ExplanationPanel;
    layout->addWidget(m_timeline);
    layout->addWidget(m_bar);
    layout->addWidget(m_table);
    layout->addWidget(m_panel);
    m_window->setCentralWidget(central);
    m_filters = new FilterController(m_bar, m_model, m_table, m_window);
    m_filters->connectTimeline(m_timeline, m_panel);
    QSignalSpy finished(m_session, &LogSession::loadFinished);
    m_session->open({QStringLiteral(":/demo/httperr-demo.log")});
    QVERIFY(finished.wait(20000));
    m_data->flush();
    m_window->resize(1200, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestFilterHistory::cleanup()
{
    delete m_window;
}

QList<FilterState> TestFilterHistory::makeSixChanges()
{
    QList<FilterState> states{m_filters->state()};
    auto record = [&states, this] {
        QVERIFY(m_filters->state() != states.last());
        QCOMPARE(m_model->filterState(), m_filters->state());
        states << m_filters->state();
    };
    // 1. Typing in the URL field, applied after the pause.
    QLineEdit *url = m_bar->findChild<QLineEdit *>(QStringLiteral("urlFilter"));
    QSignalSpy changed(m_bar, &FilterBar::stateChanged);
    QTest::keyClicks(url, QStringLiteral("/api"));
    if (changed.isEmpty())
        changed.wait(FilterBar::TypingPauseMs * 8);
    record();
    // 2. "Only this" reason in the picker.
    m_reasons->selectOnly(0);
    record();
    // 3. "Exclude" from a table cell's menu.
    Q_EMIT m_table->cellFilterRequested(FilterField::Status, QStringLiteral("400"), true);
    record();
    // 4. Shift+drag over the chart.
    TimelineChart *chart = m_timeline->chart();
    chart->replot();
    const QPoint from = pointAt(*chart, double(Day0 + 10 * 3600));
    const QPoint to = pointAt(*chart, double(Day0 + 12 * 3600));
    QTest::mousePress(chart, Qt::LeftButton, Qt::ShiftModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, chart->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::ShiftModifier);
    QApplication::sendEvent(chart, &move);
    QTest::mouseRelease(chart, Qt::LeftButton, Qt::ShiftModifier, to);
    record();
    // 5. A link in the Explanation panel.
    Q_EMIT m_panel->anchorClicked(
        QUrl(ExplanationPanel::filterLink(LogField::ClientIp, QStringLiteral("10.0.0.1"))));
    record();
    // 6. Clear all.
    m_bar->findChild<QToolButton *>(QStringLiteral("clearFilters"))->click();
    record();
    return states;
}

void TestFilterHistory::everyWayIsUndone()
{
    const QList<FilterState> states = makeSixChanges();
    QCOMPARE(states.size(), 7);
    QVERIFY(states.last().isEmpty());
    QVERIFY(states.at(4).from.has_value());
    QCOMPARE(states.at(5).clientIp, QStringLiteral("10.0.0.1"));

    // Ctrl+Z back to the start, one change at a time; the bar shows each state again.
    m_table->setFocus();
    for (int i = states.size() - 2; i >= 0; --i) {
        press(m_table, QKeySequence(QStringLiteral("Ctrl+Z")));
        QCOMPARE(m_filters->state(), states.at(i));
        QCOMPARE(m_model->filterState(), states.at(i));
        QCOMPARE(m_bar->state(), states.at(i));
    }
    QVERIFY(!m_filters->history()->undoAction()->isEnabled());
    // Ctrl+Shift+Z and Alt+Right forward again.
    press(m_table, QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QCOMPARE(m_filters->state(), states.at(1));
    press(m_table, QKeySequence(QStringLiteral("Alt+Right")));
    QCOMPARE(m_filters->state(), states.at(2));
    press(m_table, QKeySequence(QStringLiteral("Alt+Left")));
    QCOMPARE(m_filters->state(), states.at(1));
    // A new change drops what could be redone.
    m_bar->applyCellFilter(FilterField::Method, QStringLiteral("GET"), false);
    QVERIFY(!m_filters->history()->redoAction()->isEnabled());
    press(m_table, QKeySequence(QStringLiteral("Ctrl+Z")));
    QCOMPARE(m_filters->state(), states.at(1));
    QVERIFY(m_filters->history()->undoAction()->toolTip().contains(QLatin1String("no filters")));
}

void TestFilterHistory::typingInOneFieldIsOneStep()
{
    QLineEdit *ip = m_bar->findChild<QLineEdit *>(QStringLiteral("clientIpFilter"));
    QSignalSpy changed(m_bar, &FilterBar::stateChanged);
    for (const QString &part : {QStringLiteral("10."), QStringLiteral("1."), QStringLiteral("*")}) {
        QTest::keyClicks(ip, part);
        QVERIFY(changed.wait(FilterBar::TypingPauseMs * 8)); // applied after each pause
    }
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_filters->state().clientIp, QStringLiteral("10.1.*"));
    QCOMPARE(m_filters->history()->stack()->count(), 1);
    m_filters->history()->undoAction()->trigger();
    QVERIFY(m_filters->state().isEmpty());
    QCOMPARE(ip->text(), QString());
}

void TestFilterHistory::ctrlZInFilterFieldUndoesTheFilter()
{
    m_bar->applyCellFilter(FilterField::Status, QStringLiteral("503"), false);
    QLineEdit *url = m_bar->findChild<QLineEdit *>(QStringLiteral("urlFilter"));
    url->setFocus();
    QTest::keyClicks(url, QStringLiteral("login"));
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(m_filters->state().url, QStringLiteral("login"));
    // In the field the keys still undo the filter, not just the typing.
    press(url, QKeySequence(QStringLiteral("Ctrl+Z")));
    QCOMPARE(m_filters->state().url, QString());
    QCOMPARE(m_filters->state().status, QStringLiteral("503"));
    QCOMPARE(url->text(), QString());
    press(url, QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
    QCOMPARE(url->text(), QStringLiteral("login"));
}

void TestFilterHistory::mouseSideButtons()
{
    const QList<FilterState> states = makeSixChanges();
    QTest::mouseClick(m_table->viewport(), Qt::BackButton);
    QCOMPARE(m_filters->state(), states.at(5));
    QTest::mouseClick(m_timeline->chart(), Qt::BackButton);
    QCOMPARE(m_filters->state(), states.at(4));
    QTest::mouseClick(m_bar, Qt::ForwardButton);
    QCOMPARE(m_filters->state(), states.at(5));
}

void TestFilterHistory::restoreIsNoStep()
{
    FilterState remembered;
    remembered.url = QStringLiteral("/health");
    m_filters->restore(remembered);
    QCOMPARE(m_model->filterState(), remembered);
    QCOMPARE(m_bar->state(), remembered);
    QVERIFY(!m_filters->history()->undoAction()->isEnabled());
    m_bar->clearAll();
    m_filters->history()->undoAction()->trigger();
    QCOMPARE(m_filters->state(), remembered);
}

QTEST_MAIN(TestFilterHistory)
#include "tst_filterhistory.moc"
