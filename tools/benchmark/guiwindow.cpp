#include "guiwindow.h"

#include <QEventLoop>
#include <QTest>

GuiWindow::GuiWindow()
    : m_timeline(std::make_unique<TimelineWidget>())
{
    m_filter.setSourceModel(m_session.tableModel());
    setModel(&m_filter);
    m_timeline->setTimelineData(&m_timelineData);
    m_timelineData.followFilter(m_filter.rowFilter());
    connectLoading();
    resize(1280, 520);
    m_timeline->resize(1280, 280);
    show();
    m_timeline->show();
    if (!QTest::qWaitForWindowExposed(this) || !QTest::qWaitForWindowExposed(m_timeline.get()))
        qWarning("the benchmark window was not exposed");
}

void GuiWindow::connectLoading()
{
    // As MainWindow: no sorting while rows arrive, the timeline's last counts at the end.
    QObject::connect(&m_session, &LogSession::loadStarted, &m_filter, [this] {
        m_filter.setLoading(true);
        setSortingEnabled(false);
    });
    QObject::connect(&m_session, &LogSession::loadFinished, &m_filter, [this] {
        m_filter.setLoading(false);
        setSortingEnabled(true);
    });
    QObject::connect(&m_session, &LogSession::loadFinished, &m_timelineData,
                     &TimelineData::catchUp);
}

void GuiWindow::openAndWait(const QStringList &paths)
{
    QEventLoop loop;
    const auto connection =
        QObject::connect(&m_session, &LogSession::loadFinished, &loop, &QEventLoop::quit);
    m_session.open(paths);
    loop.exec();
    QObject::disconnect(connection);
}

void GuiWindow::paintEvent(QPaintEvent *event)
{
    LogTableView::paintEvent(event);
    if (m_firstRows && model() && model()->rowCount() > 0) {
        const auto callback = std::move(m_firstRows);
        m_firstRows = nullptr;
        callback();
    }
}
