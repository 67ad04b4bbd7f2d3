#include "filtercontroller.h"

#include "explanationpanel.h"
#include "filterbar.h"
#include "filterhistory.h"
#include "logfiltermodel.h"
#include "logtableview.h"
#include "timelinechart.h"
#include "timelinewidget.h"

FilterController::FilterController(FilterBar *bar, LogFilterModel *model, LogTableView *table,
                                   QWidget *window)
    : QObject(window)
    , m_bar(bar)
    , m_model(model)
    , m_table(table)
    , m_history(new FilterHistory([this](const FilterState &state) { apply(state); }, window))
{
    connect(bar, &FilterBar::stateChanged, this, &FilterController::change);
    connect(table, &LogTableView::cellFilterRequested, bar, &FilterBar::applyCellFilter);
    connect(table, &LogTableView::timeWindowRequested, this,
            [this](qint64 from, qint64 to) { setTimeRange(from, to); });
    connect(model, &LogFilterModel::filterChanged, bar,
            [this] { m_bar->setErrors(m_model->errors()); });
}

const FilterState &FilterController::state() const
{
    return m_history->current();
}

void FilterController::change(const FilterState &state)
{
    m_history->change(state);
}

void FilterController::restore(const FilterState &state)
{
    m_history->reset(state);
}

void FilterController::apply(const FilterState &state)
{
    // Keep the row the user was on in view when it passes the new filter.
    const QModelIndex current = m_model->mapToSource(m_table->currentIndex());
    if (m_bar->state() != state)
        m_bar->setState(state);
    m_model->setFilterState(state);
    const QModelIndex again = m_model->mapFromSource(current);
    if (again.isValid()) {
        m_table->setCurrentIndex(again);
        m_table->scrollTo(again, QAbstractItemView::PositionAtCenter);
    }
    Q_EMIT applied(state);
}

void FilterController::setTimeRange(std::optional<int64_t> from, std::optional<int64_t> to)
{
    FilterState state = m_history->current();
    state.from = from;
    state.to = to;
    change(state);
}

void FilterController::connectTimeline(TimelineWidget *timeline, ExplanationPanel *explanation)
{
    auto setTime = [this](qint64 from, qint64 to) { setTimeRange(from, to); };
    connect(timeline->chart(), &TimelineChart::timeRangeSelected, this, setTime);
    connect(explanation, &ExplanationPanel::timeRangeRequested, this, setTime);
    connect(timeline, &TimelineWidget::clearTimeRangeRequested, this,
            [this] { setTimeRange(std::nullopt, std::nullopt); });
    connect(explanation, &ExplanationPanel::filterRequested, m_bar,
            [this](FilterField field, const QString &value) {
                m_bar->applyCellFilter(field, value, false);
            });
}
