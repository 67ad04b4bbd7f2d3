#include "reasonlistmodel.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "textdecode.h"

#include <QLocale>

#include <algorithm>

namespace {
bool containsIgnoringCase(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}
} // namespace

ReasonListModel::ReasonListModel(LogFilterModel *filter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_filter(filter)
{
    connect(m_filter, &LogFilterModel::filterChanged, this, [this] { refresh(true); });
    connect(m_filter, &LogFilterModel::modelReset, this, [this] { refresh(true); });
    connect(m_filter, &LogFilterModel::reasonCountsChanged, this, [this] { refresh(false); });
    refresh(true);
}

int ReasonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReasonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReasonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ReasonColumn)
            return item.reason;
        return QLocale().toString(qulonglong(item.count));
    case Qt::CheckStateRole:
        if (index.column() == ReasonColumn)
            return item.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2 rows with the other filters, %3 in all")
            .arg(item.reason, QLocale().toString(qulonglong(item.count)),
                 QLocale().toString(qulonglong(item.total)));
    default:
        return {};
    }
}

bool ReasonListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != ReasonColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_items[size_t(index.row())].checked = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT selectionEdited();
    return true;
}

Qt::ItemFlags ReasonListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ReasonColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ReasonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == ReasonColumn ? tr("Reason") : tr("Rows");
}

QString ReasonListModel::reason(int row) const
{
    return row >= 0 && size_t(row) < m_items.size() ? m_items[size_t(row)].reason : QString();
}

bool ReasonListModel::isChecked(int row) const
{
    return row >= 0 && size_t(row) < m_items.size() && m_items[size_t(row)].checked;
}

int ReasonListModel::checkedCount() const
{
    return int(
        std::count_if(m_items.begin(), m_items.end(), [](const Item &i) { return i.checked; }));
}

QStringList ReasonListModel::includeList() const
{
    const int checked = checkedCount();
    const int unchecked = int(m_items.size()) - checked;
    if (unchecked == 0 || checked == 0 || checked > unchecked)
        return {};
    QStringList list;
    for (const Item &i : m_items) {
        if (i.checked)
            list.append(i.reason);
    }
    return list;
}

QStringList ReasonListModel::excludeList() const
{
    const int checked = checkedCount();
    const int unchecked = int(m_items.size()) - checked;
    if (unchecked == 0 || (checked != 0 && checked <= unchecked))
        return {};
    QStringList list;
    for (const Item &i : m_items) {
        if (!i.checked)
            list.append(i.reason);
    }
    return list;
}

void ReasonListModel::setAllChecked(bool checked)
{
    for (Item &i : m_items)
        i.checked = checked;
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0, ReasonColumn), index(rowCount() - 1, ReasonColumn),
                           {Qt::CheckStateRole});
    Q_EMIT selectionEdited();
}

void ReasonListModel::selectAll()
{
    setAllChecked(true);
}

void ReasonListModel::selectNone()
{
    setAllChecked(false);
}

void ReasonListModel::selectOnly(int row)
{
    for (size_t i = 0; i < m_items.size(); ++i)
        m_items[i].checked = int(i) == row;
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0, ReasonColumn), index(rowCount() - 1, ReasonColumn),
                           {Qt::CheckStateRole});
    Q_EMIT selectionEdited();
}

bool ReasonListModel::checkedByState(const QString &reason) const
{
    const FilterState &state = m_filter->filterState();
    if (!state.reasons.isEmpty() && !containsIgnoringCase(state.reasons, reason))
        return false;
    return !containsIgnoringCase(state.excludedReasons, reason);
}

void ReasonListModel::refresh(bool reorder)
{
    std::vector<Item> items;
    const LogTableModel *table = m_filter->tableModel();
    const ReasonCounter &counter = m_filter->reasonCounter();
    const int column = table ? table->store().columnOf(LogField::Reason) : -1;
    for (uint32_t id = 0; id < counter.size(); ++id) {
        if (counter.total(id) == 0)
            continue;
        const QString reason =
            id == 0 || column < 0
                ? QStringLiteral("-")
                : TextDecode::toQString(table->store().column(size_t(column)).pool.view(id));
        items.push_back({reason, counter.count(id), counter.total(id), checkedByState(reason)});
    }
    // Reasons the filter names but the log lacks stay visible, so they can be unticked.
    const FilterState &state = m_filter->filterState();
    for (const QStringList *list : {&state.reasons, &state.excludedReasons}) {
        for (const QString &reason : *list) {
            const bool known = std::any_of(items.begin(), items.end(), [&](const Item &i) {
                return i.reason.compare(reason, Qt::CaseInsensitive) == 0;
            });
            if (!known)
                items.push_back({reason, 0, 0, checkedByState(reason)});
        }
    }
    if (!reorder && items.size() == m_items.size()) {
        // Only numbers changed (rows arrived): keep the rows where they are, the list may be
        // open under the mouse.
        bool sameSet = true;
        for (Item &mine : m_items) {
            const auto it = std::find_if(items.begin(), items.end(),
                                         [&](const Item &i) { return i.reason == mine.reason; });
            if (it == items.end()) {
                sameSet = false;
                break;
            }
            mine.count = it->count;
            mine.total = it->total;
            mine.checked = it->checked;
        }
        if (sameSet) {
            if (!m_items.empty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            return;
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.total != b.total ? a.total > b.total : a.reason < b.reason;
    });
    const bool sameOrder =
        items.size() == m_items.size()
        && std::equal(items.begin(), items.end(), m_items.begin(),
                      [](const Item &a, const Item &b) { return a.reason == b.reason; });
    if (sameOrder) {
        m_items.swap(items);
        if (!m_items.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items.swap(items);
    endResetModel();
}
