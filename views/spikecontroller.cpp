#include "spikecontroller.h"

#include "explanationpanel.h"
#include "logfiltermodel.h"
#include "logtableview.h"
#include "rowlocator.h"
#include "spikelistmodel.h"
#include "timelinechart.h"
#include "timelinedata.h"
#include "timelinewidget.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QTreeView>

SpikeController::SpikeController(TimelineWidget *timeline, ExplanationPanel *explanation,
                                 LogTableView *table, LogFilterModel *model, QMainWindow *window)
    : QObject(window)
    , m_timeline(timeline)
    , m_data(timeline->chart()->timelineData())
    , m_explanation(explanation)
    , m_table(table)
    , m_filter(model)
    , m_model(new SpikeListModel(m_data, this))
    , m_list(new QTreeView)
    , m_next(new QAction(tr("&Next Spike"), this))
    , m_previous(new QAction(tr("Pre&vious Spike"), this))
{
    m_list->setObjectName(QStringLiteral("spikeList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_next->setShortcut(QKeySequence(Qt::Key_BracketRight));
    m_previous->setShortcut(QKeySequence(Qt::Key_BracketLeft));
    m_next->setStatusTip(tr("Select the next spike and move the table to its first row"));
    m_previous->setStatusTip(tr("Select the previous spike and move the table to its first row"));
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(timeline->chart(), &TimelineChart::spikeClicked, this, &SpikeController::select);
    connect(timeline, &TimelineWidget::spikeListRequested, this, &SpikeController::listWanted);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_selecting)
                    select(current.row());
            });
    connect(m_list, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { select(index.row()); });
    // The Servers column only says something with two servers or more.
    connect(m_model, &QAbstractItemModel::modelReset, m_list, [this] {
        m_list->setColumnHidden(SpikeListModel::ServersColumn,
                                m_data->store().fileSet().serverCount() < 2);
    });
    if (window)
        addDock(window);
}

void SpikeController::addDock(QMainWindow *window)
{
    m_dock = new QDockWidget(tr("Spikes"), window);
    m_dock->setObjectName(QStringLiteral("spikeDock")); // where saveState() keeps its place
    m_dock->setWidget(m_list);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(this, &SpikeController::listWanted, m_dock, [this, window] {
        if (!m_dock->isVisible())
            window->resizeDocks({m_dock}, {160}, Qt::Vertical); // a few rows, not half the window
        m_dock->show();
        m_dock->raise();
    });
    // The same from the View menu.
    connect(m_dock->toggleViewAction(), &QAction::triggered, m_dock, [this, window](bool shown) {
        if (shown)
            window->resizeDocks({m_dock}, {160}, Qt::Vertical);
    });
    // The explanation's dock, when it is in one.
    if (auto *explanationDock = qobject_cast<QDockWidget *>(m_explanation->parentWidget()))
        connect(this, &SpikeController::explanationWanted, explanationDock, &QWidget::show);
}

QList<QAction *> SpikeController::actions() const
{
    QList<QAction *> list{m_next, m_previous};
    if (m_dock)
        list.prepend(m_dock->toggleViewAction());
    return list;
}

void SpikeController::setTimeFormat(const TimeFormat &format)
{
    m_model->setTimeFormat(format);
}

bool SpikeController::step(int direction)
{
    m_data->flush();
    const int count = int(m_data->spikes().size());
    if (count == 0) {
        Q_EMIT message(tr("No spikes"));
        return false;
    }
    const int selected = m_timeline->chart()->selectedSpike();
    int index = selected < 0 ? (direction > 0 ? 0 : count - 1) : selected + direction;
    if (index < 0 || index >= count) {
        Q_EMIT message(direction > 0 ? tr("This is the last spike")
                                     : tr("This is the first spike"));
        index = selected;
    }
    return select(index);
}

bool SpikeController::select(int index)
{
    m_data->flush();
    if (index < 0 || size_t(index) >= m_data->spikes().size())
        return false;
    m_selecting = true;
    showOnChart(index);
    m_list->setCurrentIndex(m_model->index(index, 0));
    // The table first: its current row explains itself, and the spike's explanation follows.
    moveTable(index);
    const SpikeSummary summary = m_data->summarize(size_t(index));
    m_explanation->showSpike(summary, m_evidence ? m_evidence(summary) : std::nullopt);
    m_selecting = false;
    Q_EMIT explanationWanted();
    return true;
}

void SpikeController::refreshExplanation()
{
    const std::optional<SpikeSummary> summary = selectedSummary();
    if (summary && m_explanation->showsSpike())
        m_explanation->showSpike(*summary, m_evidence ? m_evidence(*summary) : std::nullopt);
}

int SpikeController::selectedIndex() const
{
    return m_timeline->chart()->selectedSpike();
}

std::optional<SpikeSummary> SpikeController::selectedSummary() const
{
    m_data->flush();
    const int index = m_timeline->chart()->selectedSpike();
    if (index < 0 || size_t(index) >= m_data->spikes().size())
        return std::nullopt;
    return m_data->summarize(size_t(index));
}

void SpikeController::showOnChart(int index)
{
    TimelineChart *chart = m_timeline->chart();
    chart->setSelectedSpike(index);
    const Spike &spike = m_data->spikes()[size_t(index)];
    const QCPRange shown = chart->xAxis->range();
    if (spike.start >= shown.lower && spike.end < shown.upper)
        return;
    // Out of view (zoomed in elsewhere): pan there, keeping the zoom.
    const int64_t half = int64_t(shown.size() / 2);
    const int64_t middle = spike.start + spike.duration() / 2;
    chart->setVisibleRange(middle - half, middle + half);
}

void SpikeController::moveTable(int index)
{
    const Spike &spike = m_data->spikes()[size_t(index)];
    const int row = RowLocator::earliest(*m_filter, spike.start, spike.end, spike.reason);
    if (row < 0) {
        Q_EMIT message(tr("The spike's rows are hidden by the filters"));
        return;
    }
    const QModelIndex cell = m_filter->index(row, qMax(0, m_table->currentIndex().column()));
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell, QAbstractItemView::PositionAtTop);
}
