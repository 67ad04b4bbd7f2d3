#include "checklistmodel.h"

#include "logfiltermodel.h"

#include <QLocale>

#include <algorithm>

CheckListModel::CheckListModel(LogFilterModel *filter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_filter(filter)
{}

int CheckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CheckListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return item.name;
        return QLocale().toString(qulonglong(item.count));
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return item.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2 rows with the other filters, %3 in all")
            .arg(item.name, QLocale().toString(qulonglong(item.count)),
                 QLocale().toString(qulonglong(item.total)));
    default:
        return {};
    }
}

bool CheckListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_items[size_t(index.row())].checked = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT selectionEdited();
    return true;
}

Qt::ItemFlags CheckListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? nameTitle() : tr("Rows");
}

QString CheckListModel::name(int row) const
{
    return row >= 0 && size_t(row) < m_items.size() ? m_items[size_t(row)].name : QString();
}

bool CheckListModel::isChecked(int row) const
{
    return row >= 0 && size_t(row) < m_items.size() && m_items[size_t(row)].checked;
}

int CheckListModel::checkedCount() const
{
    return int(
        std::count_if(m_items.begin(), m_items.end(), [](const Item &i) { return i.checked; }));
}

QStringList CheckListModel::includeList() const
{
    const int checked = checkedCount();
    const int unchecked = int(m_items.size()) - checked;
    if (unchecked == 0 || checked == 0 || checked > unchecked)
        return {};
    QStringList list;
    for (const Item &i : m_items) {
        if (i.checked)
            list.append(i.name);
    }
    return list;
}

QStringList CheckListModel::excludeList() const
{
    const int checked = checkedCount();
    const int unchecked = int(m_items.size()) - checked;
    if (unchecked == 0 || (checked != 0 && checked <= unchecked))
        return {};
    QStringList list;
    for (const Item &i : m_items) {
        if (!i.checked)
            list.append(i.name);
    }
    return list;
}

void CheckListModel::setAllChecked(bool checked)
{
    for (Item &i : m_items)
        i.checked = checked;
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
                           {Qt::CheckStateRole});
    Q_EMIT selectionEdited();
}

void CheckListModel::selectAll()
{
    setAllChecked(true);
}

void CheckListModel::selectNone()
{
    setAllChecked(false);
}

void CheckListModel::selectOnly(int row)
{
    for (size_t i = 0; i < m_items.size(); ++i)
        m_items[i].checked = int(i) == row;
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
                           {Qt::CheckStateRole});
    Q_EMIT selectionEdited();
}

bool CheckListModel::checkedByState(const QString &name) const
{
    const QStringList include = included();
    if (!include.isEmpty() && !include.contains(name, Qt::CaseInsensitive))
        return false;
    return !excluded().contains(name, Qt::CaseInsensitive);
}

void CheckListModel::refresh(bool reorder)
{
    std::vector<Item> items = collect();
    for (Item &item : items)
        item.checked = checkedByState(item.name);
    // Values the filter names but the log lacks stay visible, so they can be unticked.
    for (const QStringList &list : {included(), excluded()}) {
        for (const QString &name : list) {
            const bool known = std::any_of(items.begin(), items.end(), [&](const Item &i) {
                return i.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (!known)
                items.push_back({name, 0, 0, checkedByState(name)});
        }
    }
    if (!reorder && items.size() == m_items.size()) {
        // Only numbers changed (rows arrived): keep the rows where they are, the list may be
        // open under the mouse.
        bool sameSet = true;
        for (Item &mine : m_items) {
            const auto it = std::find_if(items.begin(), items.end(),
                                         [&](const Item &i) { return i.name == mine.name; });
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
    if (sortsByTotal()) {
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            return a.total != b.total ? a.total > b.total : a.name < b.name;
        });
    }
    const bool sameOrder =
        items.size() == m_items.size()
        && std::equal(items.begin(), items.end(), m_items.begin(),
                      [](const Item &a, const Item &b) { return a.name == b.name; });
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
