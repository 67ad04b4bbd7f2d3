#pragma once

#include "logsession.h"
#include "logtableview.h"

#include <functional>

// The parts of the window that matter for loading, shown offscreen: a LogSession and the table
// view on its model. Notes when the view first painted rows.
class GuiWindow : public LogTableView
{
public:
    GuiWindow();

    LogSession &session() { return m_session; }
    // Called once, right after the first paint that showed rows.
    void onFirstRowsPainted(std::function<void()> callback) { m_firstRows = std::move(callback); }
    // Opens `paths` and runs the event loop until the load finished.
    void openAndWait(const QStringList &paths);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    LogSession m_session;
    std::function<void()> m_firstRows;
};
