#include "findcontroller.h"

#include "findbar.h"
#include "gototimedialog.h"
#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "logtableview.h"
#include "rowlocator.h"

#include <QAction>
#include <QTimer>

#include <limits>

FindController::FindController(LogTableView *table, LogFilterModel *model, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_model(model)
    , m_bar(new FindBar)
    , m_stale(new QTimer(this))
    , m_find(new QAction(tr("&Find…"), this))
    , m_next(new QAction(tr("Find &Next"), this))
    , m_previous(new QAction(tr("Find Pre&vious"), this))
    , m_goTo(new QAction(tr("&Go to Time…"), this))
{
    m_find->setShortcut(QKeySequence::Find);
    m_find->setStatusTip(tr("Find text in every column without filtering the rows"));
    m_next->setShortcut(QKeySequence(Qt::Key_F3));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_goTo->setShortcut(QKeySequence(tr("Ctrl+G")));
    m_goTo->setStatusTip(tr("Move the table to the first row at or after a time"));
    connect(m_find, &QAction::triggered, m_bar, &FindBar::open);
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_goTo, &QAction::triggered, this, &FindController::askTime);
    connect(m_bar, &FindBar::textChanged, this, &FindController::find);
    connect(m_bar, &FindBar::stepRequested, this, &FindController::step);
    connect(m_bar, &FindBar::closed, m_table, [this] { m_table->setFocus(); });

    // Other rows, another order or other times shown: the matches are worked out again (a
    // little later, so a load's batches or a burst of changes cost one search).
    m_stale->setSingleShot(true);
    m_stale->setInterval(300);
    connect(m_stale, &QTimer::timeout, this, &FindController::refresh);
    connect(model, &QAbstractItemModel::modelReset, m_stale, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::layoutChanged, m_stale, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsInserted, m_stale, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, m_stale, qOverload<>(&QTimer::start));
}

QList<QAction *> FindController::actions() const
{
    return {m_find, m_next, m_previous, m_goTo};
}

std::vector<int> FindController::shownColumns() const
{
    std::vector<int> columns;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (!m_table->isColumnHidden(c))
            columns.push_back(c);
    }
    return columns;
}

void FindController::rerun()
{
    m_stale->stop();
    if (m_finder.text().isEmpty())
        return;
    const std::vector<int> columns = shownColumns();
    if (!columns.empty())
        m_finder.run(*m_model, m_finder.text(), columns);
}

void FindController::refresh()
{
    rerun();
    showCount();
}

void FindController::find(const QString &text)
{
    m_stale->stop();
    if (m_bar->text() != text) {
        m_bar->setText(text); // comes back here through textChanged
        return;
    }
    if (text.isEmpty()) {
        m_finder.clear();
        showCount();
        return;
    }
    m_finder.run(*m_model, text, shownColumns());
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    if (m_finder.indexOf(current) < 0 && m_finder.count() > 0)
        moveTo(m_finder.next(current, 1));
    showCount();
}

bool FindController::step(int direction)
{
    if (m_stale->isActive())
        rerun();
    if (m_finder.text().isEmpty()) {
        m_bar->open();
        return false;
    }
    if (m_finder.count() == 0) {
        Q_EMIT message(tr("No row contains “%1”").arg(m_finder.text()));
        showCount();
        return false;
    }
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row()
                        : direction > 0                   ? -1
                                                          : m_model->rowCount();
    const int target = m_finder.next(current, direction);
    if ((direction > 0) != (target > current))
        Q_EMIT message(direction > 0 ? tr("Found again from the first row")
                                     : tr("Found again from the last row"));
    moveTo(target);
    showCount();
    return true;
}

void FindController::moveTo(int row)
{
    const std::vector<int> columns = m_finder.columnsOf(*m_model, row);
    const int currentColumn = m_table->currentIndex().column();
    int column = columns.empty() ? qMax(0, currentColumn) : columns.front();
    for (const int c : columns) {
        if (c == currentColumn)
            column = c;
    }
    const QModelIndex cell = m_model->index(row, column);
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell, QAbstractItemView::PositionAtCenter);
}

void FindController::showCount()
{
    const int current =
        m_table->currentIndex().isValid() ? m_finder.indexOf(m_table->currentIndex().row()) : -1;
    m_bar->showCount(current, int(m_finder.count()));
}

bool FindController::goToTime(int64_t time)
{
    const TimeFormat &format = m_model->tableModel()->timeFormat();
    const int row = RowLocator::earliest(*m_model, time, std::numeric_limits<int64_t>::max());
    if (row < 0) {
        Q_EMIT message(tr("No row shown is at or after %1").arg(format.dateTimeWithZone(time)));
        return false;
    }
    const QModelIndex cell = m_model->index(row, qMax(0, m_table->currentIndex().column()));
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell, QAbstractItemView::PositionAtTop);
    return true;
}

void FindController::askTime()
{
    const LogTableModel *table = m_model->tableModel();
    const QModelIndex current = m_table->currentIndex();
    const int64_t initial =
        current.isValid()
            ? table->store().time(size_t(current.data(LogTableModel::StoreRowRole).toULongLong()))
            : table->store().firstTime();
    auto *dialog = new GoToTimeDialog(table->timeFormat(), initial, m_table->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const std::optional<int64_t> t = dialog->time())
            goToTime(*t);
    });
    dialog->open();
}
