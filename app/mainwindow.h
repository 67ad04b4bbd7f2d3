#pragma once

#include "appsettings.h"
#include "filterstate.h"

#include <QMainWindow>

class ChartExportController;
class DisplayClock;
class ExportController;
class ExplanationPanel;
class FilterBar;
class FilterController;
class LoadProgressWidget;
class LogFilterModel;
class LogSession;
class LogTableView;
class NoticeBar;
class OpenController;
class ProblemsPanel;
class QAction;
class QDockWidget;
class QMenu;
class ReasonListModel;
class RecentMenu;
class ReportController;
class RequestsController;
class SessionController;
class SpikeController;
class StatusBarPanel;
class TimelineData;
class TimelineWidget;

// Wires the session (models and loader) to the widgets, menus and status bar. Holds no logic
// of its own beyond that wiring.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    LogSession *session() const { return m_session; }
    // The zone every time is shown and typed in (what a session file saves and restores).
    DisplayClock *displayClock() const { return m_clock; }
    // Opens files and folders (replacing what is shown) and remembers them as recent.
    void openPaths(const QStringList &paths);
    // Applies a filter (the command line's) as a step the user can undo.
    void setFilterState(const FilterState &state);
    LogFilterModel *filterModel() const { return m_filterModel; }
    // Turns File → Follow on or off (also what --follow does).
    void setFollowing(bool following);
    // Selects spike `index` (0 = oldest) in the timeline and explains it; false if none.
    bool selectSpike(int index);
    // File → Save Session… and Open Session… (the command line opens sessions through it).
    SessionController *sessions() const { return m_sessions; }
    // The Requests tab (IIS access-log rows): showRequests() and openLink() filter it.
    RequestsController *requests() const { return m_requests; }

Q_SIGNALS:
    // The load of the paths last opened ended.
    void loadFinished(bool cancelled);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createFollowAction(QMenu *file);
    void createFilterActions(QMenu *view);
    void createLayoutActions(QMenu *view);
    void createExportActions(QMenu *file);
    void createChartActions(QMenu *file);
    // The spike list and Top Values docks.
    void createAnalysisDocks(QMenu *view);
    void resetLayout();
    QSize defaultSize() const;
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *widget,
                         Qt::DockWidgetArea area);
    void createDocks();
    void createTimeline();
    void connectTimeline();
    void connectClock();
    void createStatusBar();
    void connectSession();
    void createFilterBar();
    void connectFilters();
    void connectProblems();
    void updateTitle();
    void restoreSettings();

    AppSettings m_settings;
    QByteArray m_defaultState;
    LogSession *m_session;
    DisplayClock *m_clock;
    LogTableView *m_table;
    LogFilterModel *m_filterModel = nullptr;
    ReasonListModel *m_reasonModel = nullptr;
    FilterBar *m_filterBar = nullptr;
    FilterController *m_filters = nullptr;
    NoticeBar *m_notices = nullptr;
    OpenController *m_opener = nullptr;
    ProblemsPanel *m_problems;
    QDockWidget *m_problemsDock = nullptr;
    TimelineData *m_timelineData = nullptr;
    TimelineWidget *m_timeline = nullptr;
    ExplanationPanel *m_explanation = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_explanationDock = nullptr;
    StatusBarPanel *m_statusPanel;
    LoadProgressWidget *m_progress;
    RecentMenu *m_recentMenu = nullptr;
    ExportController *m_exports = nullptr;
    ReportController *m_reports = nullptr;
    ChartExportController *m_chartExports = nullptr;
    SpikeController *m_spikes = nullptr;
    SessionController *m_sessions = nullptr;
    RequestsController *m_requests = nullptr;
};
