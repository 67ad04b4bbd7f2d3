#pragma once

#include "rowfinder.h"

#include <QObject>

#include <optional>

class FindBar;
class LogFilterModel;
class LogTableView;
class QAction;
class QTimer;

// Finding rows without filtering them: Find (Ctrl+F) opens the find bar, whose text is looked
// for in every shown column of the rows that pass the filters (RowFinder); Enter, F3 and
// Shift+F3 step through the matches, the bar counts them. Go to Time (Ctrl+G) moves the table
// to the first row at or after a time typed in the zone times are shown in. The matches follow
// the filters, the sort, new rows and the zone.
class FindController : public QObject
{
    Q_OBJECT
public:
    FindController(LogTableView *table, LogFilterModel *model, QObject *parent = nullptr);

    // The bar to put above the table (hidden until Find).
    FindBar *bar() const { return m_bar; }
    // For a menu: Find, Find Next, Find Previous, Go to Time.
    QList<QAction *> actions() const;
    const RowFinder &finder() const { return m_finder; }

    // Looks for `text` and moves to its first match at or after the current row.
    void find(const QString &text);
    // The next (1) or previous (-1) match; false when nothing matches.
    bool step(int direction);
    // Moves the table to the first row at or after `time` (UTC seconds); false when none.
    bool goToTime(int64_t time);
    // Go to Time's dialog (window-modal; moves the table when accepted).
    void askTime();

Q_SIGNALS:
    void message(const QString &text);

private:
    void refresh();
    void rerun();
    void moveTo(int row);
    void showCount();
    std::vector<int> shownColumns() const;

    LogTableView *m_table;
    LogFilterModel *m_model;
    FindBar *m_bar;
    RowFinder m_finder;
    QTimer *m_stale;
    QAction *m_find;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_goTo;
};
