#include "mainwindow.h"

#include "bookmarkcontroller.h"
#include "chartcaption.h"
#include "chartexportcontroller.h"
#include "clickhouseurl.h"
#include "databasecontroller.h"
#include "displayclock.h"
#include "emptytablenotice.h"
#include "escapecontroller.h"
#include "evidencecontroller.h"
#include "explanationpanel.h"
#include "exportcontroller.h"
#include "filterbar.h"
#include "filtercontroller.h"
#include "filterhistory.h"
#include "findbar.h"
#include "findcontroller.h"
#include "followcontroller.h"
#include "helpmenu.h"
#include "languagemanager.h"
#include "languagemenu.h"
#include "linecontextdialog.h"
#include "loadprogresswidget.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "logtableview.h"
#include "noticebar.h"
#include "opencontroller.h"
#include "opendialogs.h"
#include "problemspanel.h"
#include "reasonlistmodel.h"
#include "recentmenu.h"
#include "rememberedfilters.h"
#include "reportcontroller.h"
#include "requestscontroller.h"
#include "servercontroller.h"
#include "sessioncontroller.h"
#include "spikecontroller.h"
#include "statusbarpanel.h"
#include "timelinechart.h"
#include "timelinedata.h"
#include "timelinewidget.h"
#include "topvaluespanel.h"
#include "windowcapture.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new LogSession(this))
    , m_clock(new DisplayClock(this))
    , m_table(new LogTableView(this))
    , m_problems(new ProblemsPanel(this))
    , m_statusPanel(new StatusBarPanel(this))
    , m_progress(new LoadProgressWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_problems->setModel(m_session->problemModel());
    createFilterBar();

    createDocks();
    createTimeline();
    createMenus();
    createStatusBar();
    connectSession();
    connectFilters();
    connectProblems();
    connectTimeline();
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open =
        file->addAction(tr("&Open Files…"), this, [this] { openPaths(OpenDialogs::files(this)); });
    open->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, [this] {
        if (const QString folder = OpenDialogs::folder(this); !folder.isEmpty())
            openPaths({folder});
    });
    openFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    (new DatabaseController(m_session, m_timelineData, m_filters, m_notices, this))->addTo(file);
    m_recentMenu = new RecentMenu(file);
    m_opener = new OpenController(m_session, m_recentMenu, m_notices, this);
    m_opener->setFilterReset([this] { m_filters->change({}); });
    connect(m_recentMenu, &RecentMenu::pathChosen, this,
            [this](const QString &path) { openPaths({path}); });
    file->addMenu(m_recentMenu);
    QAction *reload = file->addAction(tr("Re&load"), this, [this] {
        if (!m_session->openedPaths().isEmpty())
            m_session->open(m_session->openedPaths());
    });
    reload->setShortcut(QKeySequence::Refresh);
    createFollowAction(file);
    createExportActions(file);
    createChartActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Some platforms define no quit key (Windows leaves it to Alt+F4); Ctrl+Q is what users try.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    quit->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(tr("Ctrl+Q"))}
                                          : quitKeys);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    view->addAction(problems);
    createFilterActions(view);
    createLayoutActions(view);
    view->addAction(m_timelineDock->toggleViewAction());
    view->addAction(m_explanationDock->toggleViewAction());
    createAnalysisDocks(view);
    file->insertActions(reload, {m_sessions->openAction(), m_sessions->saveAction()});

    menuBar()->addMenu(new HelpMenu(this));
}

void MainWindow::createFilterActions(QMenu *view)
{
    view->addSeparator();
    auto *find = new FindController(m_table, m_filterModel, this);
    qobject_cast<QVBoxLayout *>(m_requests->errorsPage()->layout())->insertWidget(2, find->bar());
    connect(find, &FindController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    view->addActions(find->actions());
    QAction *url = view->addAction(tr("Filter by &URL…"), m_filterBar, &FilterBar::focusSearch);
    url->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    auto *escape = new EscapeController(this, m_requests->errorsPage(), m_session, m_filterBar);
    view->addActions({escape->clearAction(), m_filters->history()->undoAction(),
                      m_filters->history()->redoAction(), m_opener->keepFiltersAction(),
                      escape->stopAction()});
}

void MainWindow::createFollowAction(QMenu *file)
{
    auto *mark = new QLabel(this);
    statusBar()->addPermanentWidget(mark);
    file->addAction((new FollowController(m_session, m_table, mark, this))->action());
}

void MainWindow::setFollowing(bool following)
{
    m_session->setFollowing(following);
}

void MainWindow::createExportActions(QMenu *file)
{
    m_exports = new ExportController(m_session, m_table, this);
    m_reports = new ReportController(m_session, m_table, this);
    auto show = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_exports, &ExportController::message, this, show);
    connect(m_reports, &ReportController::message, this, show);
    connect(m_reports, &ReportController::notice, m_notices,
            [this](const QString &text) { m_notices->showNotice(QStringLiteral("report"), text); });

    file->addSeparator();
    QAction *rows = file->addAction(tr("&Export Rows…"), m_exports, &ExportController::exportRows);
    rows->setShortcut(QKeySequence(tr("Ctrl+E")));
    QAction *report =
        file->addAction(tr("Create Re&port…"), m_reports, &ReportController::createReport);
    report->setShortcut(ReportController::shortcut());
    file->addAction(tr("Copy &Summary"), m_reports, &ReportController::copySummary);
    file->addSeparator();
    file->addActions(WindowCapture::actions(this, show));
}

void MainWindow::createChartActions(QMenu *file)
{
    m_chartExports = new ChartExportController(m_timeline->chart(), this);
    connect(m_chartExports, &ChartExportController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    file->addActions({m_chartExports->saveAction(), m_chartExports->copyAction()});
}

void MainWindow::createLayoutActions(QMenu *view)
{
    view->addSeparator();
    auto *language = new LanguageMenu(view);
    connect(language, &LanguageMenu::restartRequested, this, [this] {
        if (close())
            LanguageManager::restart(m_session->openedPaths());
    });
    view->addMenu(language);
    view->addAction(tr("Reset La&yout"), this, &MainWindow::resetLayout);
}

void MainWindow::resetLayout()
{
    m_settings.resetLayout();
    restoreState(m_defaultState);
    m_table->resetColumns();
    resize(defaultSize());
}

QSize MainWindow::defaultSize() const
{
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    return available.size().boundedTo(QSize(1280, 800));
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &name, QWidget *widget,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name); // the key saveState() stores its place under
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_problemsDock = addDock(tr("Problems"), QStringLiteral("problemsDock"), m_problems,
                             Qt::BottomDockWidgetArea);
    m_problemsDock->hide();
}

void MainWindow::createTimeline()
{
    m_timelineData = new TimelineData(m_session->tableModel(), this);
    m_timeline = new TimelineWidget(this);
    m_timeline->setTimelineData(m_timelineData);
    m_timelineDock =
        addDock(tr("Timeline"), QStringLiteral("timelineDock"), m_timeline, Qt::TopDockWidgetArea);

    m_explanation = new ExplanationPanel(this);
    m_explanation->watch(m_session);
    // Let a narrow window squeeze the panel rather than refuse to be narrow.
    m_explanation->setMinimumWidth(24);
    m_explanationDock = addDock(tr("Explanation"), QStringLiteral("explanationDock"), m_explanation,
                                Qt::RightDockWidgetArea);
    // No float button: the narrower title bar lets the window still go down to 800 pixels.
    m_explanationDock->setFeatures(QDockWidget::DockWidgetClosable
                                   | QDockWidget::DockWidgetMovable);
    resizeDocks({m_timelineDock}, {280}, Qt::Vertical);
    resizeDocks({m_explanationDock}, {360}, Qt::Horizontal);
}

void MainWindow::connectTimeline()
{
    TimelineChart *chart = m_timeline->chart();
    connect(chart, &TimelineChart::reasonClicked, m_explanation,
            [this](const QString &reason) { m_explanation->showReason(reason); });
    // The chart follows every filter but the time range, which it shades; brushing sets it.
    m_timelineData->followFilter(m_filterModel->rowFilter());
    connect(m_filterModel, &LogFilterModel::filterChanged, this, [this] {
        m_timelineData->followFilter(m_filterModel->rowFilter());
        // "Only this" reason in the picker: say what it means.
        const QStringList reasons = m_filterModel->filterState().reasons;
        if (reasons.size() == 1 && reasons.first() != m_explanation->currentReason())
            m_explanation->showReason(reasons.first());
    });
    m_filters->connectTimeline(m_timeline, m_explanation);
    connect(m_session, &LogSession::loadFinished, m_timelineData, &TimelineData::catchUp);
    m_timeline->setFixedStep(m_settings.bucketSeconds());
    connect(m_timeline, &TimelineWidget::fixedStepChosen, this,
            [this](int seconds) { m_settings.setBucketSeconds(seconds); });
    connectClock();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const auto row = size_t(current.data(LogTableModel::StoreRowRole).toULongLong());
                m_explanation->showRow(m_session->tableModel()->store(), row);
                m_requests->showRelated(m_session->tableModel()->store(), row);
            });
}

bool MainWindow::selectSpike(int index)
{
    return m_spikes->select(index);
}

void MainWindow::createAnalysisDocks(QMenu *view)
{
    auto show = [this](const QString &text) { statusBar()->showMessage(text, 4000); };
    m_spikes = new SpikeController(m_timeline, m_explanation, m_table, m_filterModel, this);
    connect(m_spikes, &SpikeController::message, this, show);
    view->addActions(m_spikes->actions());
    m_reports->setSpikeSource([this] { return m_spikes->selectedSummary(); });
    EvidenceController::wire(
        {m_session, m_spikes, m_explanation, m_requests, m_reports, m_timeline->chart(), view},
        this);
    auto *bookmarks = new BookmarkController(m_filterModel, m_table, m_timeline->chart(), this);
    connect(bookmarks, &BookmarkController::message, this, show);
    view->addActions(bookmarks->actions());
    m_reports->setBookmarkSource([bookmarks] { return bookmarks->forReport(); });
    m_sessions = new SessionController({m_session, m_clock, m_filters, bookmarks->model(), m_spikes,
                                        [this](const QStringList &paths) {
                                            const bool opened = m_opener->open(paths);
                                            updateTitle();
                                            return opened;
                                        }},
                                       this);
    connect(m_sessions, &SessionController::message, this, show);
    m_chartExports->setCaption([this, bookmarks] {
        const QCPRange shown = m_timeline->chart()->xAxis->range();
        return ChartCaption::lines(*m_filterModel, bookmarks->forReport(), int64_t(shown.lower),
                                   int64_t(shown.upper));
    });
    auto *top = new TopValuesPanel(m_filterModel);
    view->addAction(top->addDockTo(this)->toggleViewAction());
    connect(top, &TopValuesPanel::filterRequested, m_filterBar, &FilterBar::applyCellFilter);
}

void MainWindow::connectClock()
{
    // One zone for every time shown, typed, exported and reported; remembered.
    m_clock->setZoneId(m_settings.timeZoneId());
    auto follow = [this](const DisplayZone &zone) {
        m_settings.setTimeZoneId(zone.id());
        m_session->tableModel()->setTimeFormat(TimeFormat(zone));
        m_filterBar->setTimeFormat(TimeFormat(zone));
        m_explanation->setDisplayZone(zone);
        m_statusPanel->setDisplayZone(zone);
        if (m_spikes)
            m_spikes->setTimeFormat(TimeFormat(zone));
    };
    connect(m_clock, &DisplayClock::zoneChanged, this, follow);
    follow(m_clock->zone());
    m_timeline->setDisplayClock(m_clock);
}

void MainWindow::createStatusBar()
{
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_statusPanel);
    m_progress->hide();
    connect(m_progress, &LoadProgressWidget::cancelRequested, m_session, &LogSession::cancel);
    connect(m_statusPanel, &StatusBarPanel::problemsRequested, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
    });
    m_statusPanel->watch(m_session, m_filterModel);
}

void MainWindow::connectSession()
{
    connect(m_session, &LogSession::loadStarted, this, [this] {
        m_progress->setProgress(0, 0);
        m_progress->show();
        statusBar()->showMessage(tr("Loading…"));
    });
    connect(m_session, &LogSession::progressChanged, m_progress, &LoadProgressWidget::setProgress);
    connect(m_session, &LogSession::fileStarted, m_progress, &LoadProgressWidget::setFile);
    connect(m_session, &LogSession::loadFinished, this, [this](bool cancelled) {
        m_progress->hide();
        statusBar()->showMessage(cancelled ? tr("Loading cancelled") : tr("Loaded"), 4000);
        updateTitle();
        Q_EMIT loadFinished(cancelled);
    });
}

void MainWindow::createFilterBar()
{
    m_filterModel = new LogFilterModel(this);
    m_filterModel->setSourceModel(m_session->tableModel());
    m_reasonModel = new ReasonListModel(m_filterModel, this);
    m_filterBar = new FilterBar(this);
    m_filterBar->setReasonModel(m_reasonModel);
    m_table->setModel(m_filterModel);
    m_filters = new FilterController(m_filterBar, m_filterModel, m_table, this);
    m_notices = new NoticeBar(this);
    auto *empty = new EmptyTableNotice(m_table, m_session, m_filterModel);
    connect(empty, &EmptyTableNotice::clearFiltersRequested, this,
            [this] { m_filters->change({}); });

    auto *errors = new QWidget(this);
    auto *layout = new QVBoxLayout(errors);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_notices);
    layout->addWidget(m_table, 1);
    m_requests = new RequestsController(m_session, m_clock, errors, this);
    setCentralWidget(m_requests->tabs());
}

void MainWindow::connectFilters()
{
    // No sorting while rows arrive: each batch would re-sort millions of rows.
    connect(m_session, &LogSession::loadStarted, m_filterModel, [this] {
        m_filterModel->setLoading(true);
        m_table->setSortingEnabled(false);
    });
    connect(m_session, &LogSession::loadFinished, m_filterModel, [this] {
        m_filterModel->setLoading(false);
        m_table->setSortingEnabled(true);
    });
    auto show = [this](const QString &text) { statusBar()->showMessage(text, 4000); };
    connect(m_table, &LogTableView::message, this, show);
    connect(m_requests, &RequestsController::message, this, show);
    auto *servers = new ServerController(m_session, m_filterModel, m_filterBar, m_table, this);
    connect(servers, &ServerController::message, this, show);
    connect(m_filters, &FilterController::applied, this,
            [this](const FilterState &state) { m_settings.setFilterState(state); });
    // Last run's filters, announced when they hide rows of the first files.
    m_filters->restore(m_settings.filterState());
    new RememberedFilters(
        m_notices, m_session, m_filterModel, [this] { m_filters->change({}); }, this);
}

void MainWindow::setFilterState(const FilterState &state)
{
    m_filters->change(state);
}

void MainWindow::connectProblems()
{
    connect(m_session, &LogSession::countsChanged, this,
            [this] { m_problems->setMalformedCount(m_session->malformedCount()); });
    // A file that could not be read as a log at all, or a load without a single row, opens
    // the list so the user sees why.
    connect(m_session, &LogSession::loadFinished, this, [this] {
        const ProblemListModel *problems = m_session->problemModel();
        if (problems->tally().hasFileErrors()
            || (problems->errorCount() > 0 && m_session->tableModel()->rowCount() == 0))
            m_problemsDock->show();
    });
    connect(m_problems, &ProblemsPanel::lineActivated, this,
            [this](const QString &path, quint64 line) {
                auto *dialog = new LineContextDialog(this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->showLine(path, line);
                dialog->show();
            });
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.size() == 1 && SessionFile::isSessionPath(paths.first())) {
        m_sessions->open(paths.first());
        return;
    }
    if (m_opener->open(paths))
        updateTitle();
}

void MainWindow::updateTitle()
{
    const QStringList paths = m_session->openedPaths();
    QString what;
    if (const std::optional<ClickHouseUrl> url = ClickHouseUrl::opened(paths))
        what = url->displayName();
    else if (paths.size() == 1)
        what = QFileInfo(paths.first()).fileName();
    else if (paths.size() > 1)
        what = tr("%n item(s)", nullptr, int(paths.size()));
    setWindowTitle(what.isEmpty() ? tr("HttpErr Viewer") : tr("%1 — HttpErr Viewer").arg(what));
}

void MainWindow::restoreSettings()
{
    // Docks and toolbars are all in place now: this is the layout "Reset Layout" returns to.
    m_defaultState = saveState();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(defaultSize());
    restoreState(m_settings.windowState());
    m_table->setColumnLayout(m_settings.tableColumns());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_exports->cancelAndWait();
    m_session->cancel();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setTableColumns(m_table->columnLayout());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = OpenDialogs::droppedPaths(event->mimeData());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    }
}
