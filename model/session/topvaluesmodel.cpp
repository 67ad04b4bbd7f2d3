#include "topvaluesmodel.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>

namespace {
// Rows counted between two looks at the clock.
constexpr size_t SliceRows = 65536;
// Time a turn of the event loop may spend counting.
constexpr double TurnBudgetMs = 8.0;
} // namespace

TopValuesModel::TopValuesModel(LogFilterModel *filter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_filter(filter)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TopValuesModel::step);
    // A re-filter, new files, a re-order of the store: count again. A sort changes the order
    // of the same rows, so only a count in progress must start over.
    connect(filter, &QAbstractItemModel::modelReset, this, &TopValuesModel::restart);
    connect(filter, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_counting)
            restart();
    });
    connect(filter, &QAbstractItemModel::rowsInserted, this, &TopValuesModel::onRowsInserted);
}

void TopValuesModel::setDimension(Dimension dimension)
{
    if (dimension == m_dimension)
        return;
    beginResetModel();
    m_dimension = dimension;
    endResetModel();
    Q_EMIT updated();
}

void TopValuesModel::setLimit(size_t limit)
{
    m_limit = limit;
    restart();
}

void TopValuesModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        restart();
}

void TopValuesModel::restart()
{
    m_counting = false;
    m_timer->stop();
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (!m_filter->tableModel())
        return;
    m_counter.reset(m_filter->tableModel()->store());
    m_position = 0;
    m_counting = true;
    m_timer->start(0);
}

void TopValuesModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    Q_UNUSED(parent)
    Q_UNUSED(last)
    if (!m_active) {
        m_stale = true;
        return;
    }
    // Rows inserted before what was counted (a sorted table) shift it: count again.
    if (size_t(first) < m_position) {
        restart();
        return;
    }
    // Appended rows (the load, following): counted on top, shown a little later.
    if (!m_counting) {
        m_counting = true;
        m_timer->start(250);
    }
}

void TopValuesModel::step()
{
    if (countSome(TurnBudgetMs))
        publish();
    else
        m_timer->start(0);
}

bool TopValuesModel::countSome(double budgetMs)
{
    if (!m_filter->tableModel())
        return true;
    const LogStore &store = m_filter->tableModel()->store();
    const std::vector<uint32_t> &rows = m_filter->sourceRows();
    QElapsedTimer clock;
    clock.start();
    while (m_position < rows.size()) {
        const size_t end = std::min(rows.size(), m_position + SliceRows);
        m_counter.add(store, rows.data(), m_position, end);
        m_position = end;
        if (budgetMs >= 0 && double(clock.nsecsElapsed()) / 1e6 >= budgetMs)
            return m_position >= rows.size();
    }
    return true;
}

void TopValuesModel::flush()
{
    if (!m_counting)
        return;
    m_timer->stop();
    countSome(-1);
    publish();
}

void TopValuesModel::publish()
{
    m_counting = false;
    beginResetModel();
    m_lists = m_filter->tableModel() ? m_counter.top(m_filter->tableModel()->store(), m_limit)
                                     : std::vector<TopCounter::List>{};
    m_shownRows = m_counter.rows();
    endResetModel();
    Q_EMIT updated();
}

size_t TopValuesModel::distinct() const
{
    const size_t d = size_t(m_dimension);
    return d < m_lists.size() ? m_lists[d].distinct : 0;
}

int TopValuesModel::rowCount(const QModelIndex &parent) const
{
    const size_t d = size_t(m_dimension);
    return parent.isValid() || d >= m_lists.size() ? 0 : int(m_lists[d].entries.size());
}

int TopValuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ShareColumn + 1;
}

QVariant TopValuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopCounter::Entry &e = m_lists[size_t(m_dimension)].entries[size_t(index.row())];
    if (role == CountRole)
        return qulonglong(e.count);
    if (role == Qt::TextAlignmentRole)
        return index.column() == ValueColumn ? QVariant()
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ValueColumn)
        return tr("Click: show only %1 · Ctrl+click: hide it").arg(e.value);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ValueColumn:
        return e.value;
    case RowsColumn:
        return QLocale().toString(qulonglong(e.count));
    case ShareColumn: {
        const double share = m_shownRows ? 100.0 * double(e.count) / double(m_shownRows) : 0.0;
        return QString(QLocale().toString(share, 'f', share < 10 ? 1 : 0) + QStringLiteral(" %"));
    }
    default:
        return {};
    }
}

QVariant TopValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn:
        return dimensionName(m_dimension);
    case RowsColumn:
        return tr("Rows");
    case ShareColumn:
        return tr("Share");
    default:
        return {};
    }
}

QString TopValuesModel::dimensionName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::ClientIp:
        return tr("Client IP");
    case Dimension::ClientNetwork:
        return tr("Client network (/24, /64)");
    case Dimension::Url:
        return tr("URL");
    case Dimension::Reason:
        return tr("Reason");
    case Dimension::Site:
        return tr("Site");
    case Dimension::Queue:
        return tr("Queue (app pool)");
    case Dimension::Server:
        break;
    }
    return tr("Server");
}
