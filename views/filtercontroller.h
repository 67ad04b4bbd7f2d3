#pragma once

#include "filterstate.h"

#include <QObject>

#include <optional>

class ExplanationPanel;
class FilterBar;
class FilterHistory;
class LogFilterModel;
class LogTableView;
class QWidget;
class TimelineWidget;

// Every way the filters change in the window, in one place: the filter bar (typing, the reason
// picker, its buttons, Clear all), the table's cell menu, brushing the chart, the timeline's
// "Clear time filter" and the Explanation panel's links. Each change is a step FilterHistory
// can undo; the filter model, the bar and the table's current row follow.
class FilterController : public QObject
{
    Q_OBJECT
public:
    FilterController(FilterBar *bar, LogFilterModel *model, LogTableView *table, QWidget *window);

    // Puts `state` in force as a step that can be undone.
    void change(const FilterState &state);
    // Puts `state` in force without a step (the filters remembered from the last run).
    void restore(const FilterState &state);
    // Brushing a time range, clearing it, and the panel's filter links.
    void connectTimeline(TimelineWidget *timeline, ExplanationPanel *explanation);
    FilterHistory *history() const { return m_history; }
    const FilterState &state() const;

Q_SIGNALS:
    // A state was put in force (by a change, an undo or a redo).
    void applied(const FilterState &state);

private:
    void apply(const FilterState &state);
    void setTimeRange(std::optional<int64_t> from, std::optional<int64_t> to);

    FilterBar *m_bar;
    LogFilterModel *m_model;
    LogTableView *m_table;
    FilterHistory *m_history;
};
