#include "guiwindow.h"

#include <QEventLoop>
#include <QTest>

GuiWindow::GuiWindow()
{
    setModel(m_session.tableModel());
    resize(1280, 800);
    show();
    if (!QTest::qWaitForWindowExposed(this))
        qWarning("the benchmark window was not exposed");
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
