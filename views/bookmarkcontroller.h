#pragma once

#include "reportdata.h"
#include "timeformat.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class BookmarkModel;
class BookmarkOverlay;
class LogFilterModel;
class LogTableView;
class QAction;
class QDockWidget;
class QMainWindow;
class QTreeView;
class TimelineChart;

// Bookmarks with comments on rows and time ranges: Bookmark Row… (F2: adds one on the current
// row, or edits the one there), Bookmark Time Range… (Shift+F2: the filter's time range, else the
// selected spike's window, else what the chart shows), the Bookmarks dock (a click moves the
// table there; Delete removes one, a double click edits it), marks in the table
// (BookmarkDelegate) and on the chart (BookmarkOverlay), and the list for reports.
class BookmarkController : public QObject
{
    Q_OBJECT
public:
    BookmarkController(LogFilterModel *model, LogTableView *table, TimelineChart *chart,
                       QMainWindow *window = nullptr);
    ~BookmarkController() override;

    BookmarkModel *model() const { return m_bookmarks; }
    QTreeView *listView() const { return m_list; }
    const BookmarkOverlay *overlay() const { return m_overlay; }
    QDockWidget *dock() const { return m_dock; }
    // For a menu: the dock's toggle, Bookmark Row…, Bookmark Time Range….
    QList<QAction *> actions() const;
    QAction *rowAction() const { return m_row; }
    QAction *rangeAction() const { return m_range; }
    void setTimeFormat(const TimeFormat &format);

    // Opens the comment dialog for the table's current row (window-modal); false with no row.
    bool editCurrentRow();
    // Opens it for a new bookmark on the range [start, end].
    void addRange(int64_t start, int64_t end);
    // The range Bookmark Time Range… takes: the filter's, the selected spike's or the chart's.
    std::pair<int64_t, int64_t> currentRange() const;
    // Moves the table to bookmark `index` (its row, or a range's first shown row).
    bool jumpTo(int index);
    // The bookmarks as reports list them.
    std::vector<ReportData::Bookmark> forReport() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void addDock(QMainWindow *window);
    void ask(const QString &what, int existing, const std::function<void(const QString &)> &done);
    void moveTable(int row);

    LogFilterModel *m_filter;
    LogTableView *m_table;
    TimelineChart *m_chart;
    BookmarkModel *m_bookmarks;
    BookmarkOverlay *m_overlay;
    QTreeView *m_list;
    QDockWidget *m_dock = nullptr;
    QAction *m_row;
    QAction *m_range;
    TimeFormat m_format;
};
