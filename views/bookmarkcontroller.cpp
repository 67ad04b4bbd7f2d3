#include "bookmarkcontroller.h"

#include "bookmarkdelegate.h"
#include "bookmarkdialog.h"
#include "bookmarkmodel.h"
#include "bookmarkoverlay.h"
#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "logtableview.h"
#include "rowlocator.h"
#include "timelinechart.h"
#include "timelinedata.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMainWindow>
#include <QTreeView>

BookmarkController::BookmarkController(LogFilterModel *model, LogTableView *table,
                                       TimelineChart *chart, QMainWindow *window)
    : QObject(window)
    , m_filter(model)
    , m_table(table)
    , m_chart(chart)
    , m_bookmarks(new BookmarkModel(model->tableModel(), this))
    , m_overlay(new BookmarkOverlay(chart, m_bookmarks))
    , m_list(new QTreeView)
    , m_row(new QAction(tr("&Bookmark Row…"), this))
    , m_range(new QAction(tr("Bookmark &Time Range…"), this))
{
    m_row->setShortcut(QKeySequence(Qt::Key_F2));
    m_row->setStatusTip(tr("Bookmark the current row with a comment, or edit its bookmark"));
    m_range->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F2));
    m_range->setStatusTip(tr("Bookmark the filter's time range, the selected spike's window or "
                             "what the chart shows, with a comment"));
    connect(m_row, &QAction::triggered, this, &BookmarkController::editCurrentRow);
    connect(m_range, &QAction::triggered, this, [this] {
        const auto [start, end] = currentRange();
        addRange(start, end);
    });
    chart->setBookmarks(m_bookmarks); // pictures of the chart draw them too
    table->setItemDelegate(new BookmarkDelegate(m_bookmarks, table));
    // Times in the zone the table shows them in (its header changes with the zone).
    const LogTableModel *rows = model->tableModel();
    setTimeFormat(rows->timeFormat());
    connect(rows, &QAbstractItemModel::headerDataChanged, this,
            [this, rows] { setTimeFormat(rows->timeFormat()); });

    m_list->setObjectName(QStringLiteral("bookmarkList"));
    m_list->setModel(m_bookmarks);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeView::clicked, this,
            [this](const QModelIndex &index) { jumpTo(index.row()); });
    connect(m_list, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const Bookmark &b = m_bookmarks->at(index.row());
        const int row = index.row();
        ask(m_bookmarks->when(b), row,
            [this, row](const QString &comment) { m_bookmarks->setComment(row, comment); });
    });
    auto *remove = new QAction(tr("Remove Bookmark"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(remove, &QAction::triggered, this, [this] {
        if (m_list->currentIndex().isValid())
            m_bookmarks->remove(m_list->currentIndex().row());
    });
    connect(m_bookmarks, &BookmarkModel::bookmarksChanged, this, [this] {
        m_overlay->rebuild();
        m_table->viewport()->update();
    });
    if (window)
        addDock(window);
}

BookmarkController::~BookmarkController()
{
    delete m_overlay;
}

void BookmarkController::addDock(QMainWindow *window)
{
    m_dock = new QDockWidget(tr("Bookmarks"), window);
    m_dock->setObjectName(QStringLiteral("bookmarkDock"));
    m_dock->setWidget(m_list);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    // A new bookmark, or bookmarks a session brought back, show the list they went to.
    auto show = [this, window] {
        if (m_bookmarks->rowCount() == 0 || m_dock->isVisible())
            return;
        window->resizeDocks({m_dock}, {140}, Qt::Vertical); // a few rows, not half the window
        m_dock->show();
    };
    connect(m_bookmarks, &QAbstractItemModel::rowsInserted, m_dock, show);
    connect(m_bookmarks, &QAbstractItemModel::modelReset, m_dock, show);
    // Opened from the View menu: a few rows too.
    connect(m_dock->toggleViewAction(), &QAction::triggered, m_dock, [this, window](bool shown) {
        if (shown)
            window->resizeDocks({m_dock}, {140}, Qt::Vertical);
    });
}

QList<QAction *> BookmarkController::actions() const
{
    QList<QAction *> list{m_row, m_range};
    if (m_dock)
        list.prepend(m_dock->toggleViewAction());
    return list;
}

void BookmarkController::setTimeFormat(const TimeFormat &format)
{
    m_format = format;
    m_bookmarks->setTimeFormat(format);
}

void BookmarkController::ask(const QString &what, int existing,
                             const std::function<void(const QString &)> &done)
{
    const QString comment = existing >= 0 ? m_bookmarks->at(existing).comment : QString();
    auto *dialog = new BookmarkDialog(what, comment, existing >= 0, m_table->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, done] { done(dialog->comment()); });
    dialog->open();
}

bool BookmarkController::editCurrentRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        Q_EMIT message(tr("Select a row first, then bookmark it."));
        return false;
    }
    const auto row = uint32_t(current.data(LogTableModel::StoreRowRole).toULongLong());
    const int existing = m_bookmarks->indexOfRow(row);
    Bookmark b = m_bookmarks->forRow(row);
    const QString what = tr("Row at %1: %2").arg(m_format.dateTimeWithZone(b.start), b.what);
    ask(what, existing, [this, existing, b](const QString &comment) mutable {
        if (existing >= 0) {
            m_bookmarks->setComment(existing, comment);
            return;
        }
        b.comment = comment;
        m_bookmarks->add(b);
    });
    return true;
}

void BookmarkController::addRange(int64_t start, int64_t end)
{
    Bookmark b = BookmarkModel::forRange(start, end);
    ask(tr("Time range %1").arg(m_format.span(b.start, b.end)), -1,
        [this, b](const QString &comment) mutable {
            b.comment = comment;
            m_bookmarks->add(b);
        });
}

std::pair<int64_t, int64_t> BookmarkController::currentRange() const
{
    const FilterState &state = m_filter->filterState();
    const LogStore &store = m_filter->tableModel()->store();
    if (state.from || state.to)
        return {state.from.value_or(store.firstTime()), state.to.value_or(store.lastTime())};
    const int spike = m_chart->selectedSpike();
    const TimelineData *data = m_chart->timelineData();
    if (spike >= 0 && data && size_t(spike) < data->spikes().size())
        return {data->spikes()[size_t(spike)].start, data->spikes()[size_t(spike)].end};
    const QCPRange shown = m_chart->xAxis->range();
    return {int64_t(shown.lower), int64_t(shown.upper)};
}

bool BookmarkController::jumpTo(int index)
{
    const Bookmark &b = m_bookmarks->at(index);
    int row = -1;
    if (b.isRow()) {
        const std::optional<uint32_t> stored = m_bookmarks->storeRow(index);
        if (!stored) {
            Q_EMIT message(tr("The bookmarked row is not among the loaded rows"));
            return false;
        }
        row = m_filter->rowOfSourceRow(*stored);
    } else {
        row = RowLocator::earliest(*m_filter, b.start, b.end);
    }
    if (row < 0) {
        Q_EMIT message(tr("The bookmark's rows are hidden by the filters"));
        return false;
    }
    moveTable(row);
    return true;
}

void BookmarkController::moveTable(int row)
{
    const QModelIndex cell = m_filter->index(row, qMax(0, m_table->currentIndex().column()));
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell, QAbstractItemView::PositionAtCenter);
}

std::vector<ReportData::Bookmark> BookmarkController::forReport() const
{
    return BookmarkModel::forReport(m_bookmarks->bookmarks());
}
