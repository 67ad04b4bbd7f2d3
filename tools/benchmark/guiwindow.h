#pragma once

#include "logfiltermodel.h"
#include "logsession.h"
#include "logtableview.h"
#include "reasonlistmodel.h"
#include "timelinedata.h"
#include "timelinewidget.h"

#include <functional>
#include <memory>

// The parts of the window that work while a load runs, shown offscreen and wired as MainWindow
// wires them: a LogSession, the filter model the table shows, the reason list of the filter bar
// and the timeline (data and chart, in a window of its own). Notes when the table first
// painted rows.
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
    void connectLoading();

    LogSession m_session;
    LogFilterModel m_filter;
    ReasonListModel m_reasons{&m_filter};
    TimelineData m_timelineData{m_session.tableModel()};
    std::unique_ptr<TimelineWidget> m_timeline;
    std::function<void()> m_firstRows;
};
