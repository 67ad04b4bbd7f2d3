#include "logfiltermodel.h"

#include "logtablemodel.h"

#include <algorithm>

namespace {
// Whether the counts per value of `field` depend on the difference between two states.
bool sameOutside(const FilterState &a, const FilterState &b, FilterField field)
{
    FilterState x = a;
    FilterState y = b;
    x.clear(field);
    y.clear(field);
    return x == y;
}
} // namespace

LogFilterModel::LogFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void LogFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const auto &c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_table = qobject_cast<LogTableModel *>(model);
    QAbstractProxyModel::setSourceModel(m_table);
    m_sortColumn = -1;
    connectSource();
    m_sorter.forgetRanks();
    rebuild();
    endResetModel();
    Q_EMIT reasonCountsChanged();
}

void LogFilterModel::connectSource()
{
    if (!m_table)
        return;
    auto add = [this](QMetaObject::Connection c) { m_connections.push_back(c); };
    add(connect(m_table, &QAbstractItemModel::modelAboutToBeReset, this,
                &LogFilterModel::beginSourceReset));
    add(connect(m_table, &QAbstractItemModel::modelReset, this, &LogFilterModel::endSourceReset));
    // A re-ordered store (loads of overlapping files end with a sort by time) invalidates
    // every stored row number: the rows are found again, as a layout change so that the view
    // keeps its place.
    add(connect(m_table, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    }));
    add(connect(m_table, &QAbstractItemModel::layoutChanged, this,
                &LogFilterModel::onSourceReordered));
    add(connect(m_table, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &LogFilterModel::beginSourceReset));
    add(connect(m_table, &QAbstractItemModel::rowsRemoved, this, &LogFilterModel::endSourceReset));
    add(connect(m_table, &QAbstractItemModel::rowsInserted, this, &LogFilterModel::onRowsInserted));
    add(connect(
        m_table, &QAbstractItemModel::columnsAboutToBeInserted, this,
        [this](const QModelIndex &, int first, int last) { beginInsertColumns({}, first, last); }));
    add(connect(m_table, &QAbstractItemModel::columnsInserted, this,
                &LogFilterModel::onColumnsInserted));
    add(connect(m_table, &LogTableModel::serversChanged, this, &LogFilterModel::onServersChanged));
    add(connect(m_table, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        Q_EMIT headerDataChanged(orientation, first, last);
                }));
    add(connect(m_table, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                    if (!m_rows.empty())
                        Q_EMIT dataChanged(index(0, tl.column()),
                                           index(rowCount() - 1, br.column()), roles);
                }));
}

void LogFilterModel::beginSourceReset()
{
    if (m_inSourceReset)
        return;
    m_inSourceReset = true;
    beginResetModel();
}

void LogFilterModel::onSourceReordered()
{
    // The same rows pass (and the reason counts stay): only where they are has changed. The
    // source dropped its persistent indexes, so these go too.
    m_sorter.forgetRanks();
    rebuild(false, false);
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LogFilterModel::endSourceReset()
{
    if (!m_inSourceReset)
        return;
    m_sorter.forgetRanks();
    rebuild();
    m_inSourceReset = false;
    endResetModel();
    Q_EMIT reasonCountsChanged();
    Q_EMIT serverCountsChanged();
}

bool LogFilterModel::countsServers() const
{
    return m_table && m_table->store().fileSet().serverCount() >= 2;
}

std::vector<uint64_t> LogFilterModel::serverCounts() const
{
    return countsServers() ? m_serverCounter.counts(m_table->store()) : std::vector<uint64_t>();
}

std::vector<uint64_t> LogFilterModel::serverTotals() const
{
    return countsServers() ? m_serverCounter.totals(m_table->store()) : std::vector<uint64_t>();
}

void LogFilterModel::onServersChanged()
{
    if (m_inSourceReset)
        return;
    if (m_filter.isActive(FilterField::Server)) {
        // A server filter names servers: other names (or other files) pass now.
        beginResetModel();
        rebuild();
        endResetModel();
        Q_EMIT filterChanged();
        Q_EMIT reasonCountsChanged();
    } else if (countsServers() && m_serverCounter.totals(m_table->store()).empty()) {
        m_serverCounter.recount(m_table->store(), m_filter);
    }
    Q_EMIT serverCountsChanged();
}

void LogFilterModel::rebuild(bool recount, bool recountServers)
{
    // The old list goes first: at 10M rows it is 40 MB that the new one need not sit beside.
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_sorter.setStore(m_table ? &m_table->store() : nullptr);
    if (!m_table) {
        m_filter.attach(nullptr);
        m_counter.clear();
        m_serverCounter.clear();
        m_seenSourceRows = 0;
        return;
    }
    const LogStore &store = m_table->store();
    m_filter.attach(&store);
    if (recount)
        m_counter.recount(store, m_filter);
    if (recountServers) {
        m_serverCounter.clear();
        if (countsServers())
            m_serverCounter.recount(store, m_filter);
    }
    m_seenSourceRows = store.rowCount();
    std::vector<uint32_t> rows;
    // Untouched reserved pages cost no memory; what is left over is given back below.
    rows.reserve(store.rowCount());
    m_filter.collect(0, store.rowCount(), rows);
    if (rows.capacity() - rows.size() > rows.size() / 16 + 4096)
        rows.shrink_to_fit();
    sortRows(rows);
    m_rows.swap(rows);
}

void LogFilterModel::setFilterState(const FilterState &state)
{
    if (state == m_filter.state())
        return;
    const bool recount = !sameOutside(state, m_filter.state(), FilterField::Reason);
    const bool recountServers = !sameOutside(state, m_filter.state(), FilterField::Server);
    beginResetModel();
    m_filter = RowFilter(state);
    rebuild(recount, recountServers);
    endResetModel();
    Q_EMIT filterChanged();
    if (recount)
        Q_EMIT reasonCountsChanged();
    if (recountServers)
        Q_EMIT serverCountsChanged();
}

void LogFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !m_table)
        return;
    const LogStore &store = m_table->store();
    if (size_t(first) != m_seenSourceRows) {
        // Not an append: every later row number moved.
        beginResetModel();
        m_sorter.forgetRanks();
        rebuild();
        endResetModel();
        Q_EMIT reasonCountsChanged();
        Q_EMIT serverCountsChanged();
        return;
    }
    m_filter.sync();
    const size_t end = size_t(last) + 1;
    m_counter.add(store, m_filter, size_t(first), end);
    if (countsServers())
        m_serverCounter.add(store, m_filter, size_t(first), end);
    m_seenSourceRows = end;
    std::vector<uint32_t> added;
    m_filter.collect(size_t(first), end, added);
    if (!added.empty()) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at + int(added.size()) - 1);
        m_rows.insert(m_rows.end(), added.begin(), added.end());
        endInsertRows();
        if (m_sortColumn >= 0)
            applySort(m_sortColumn, m_sortOrder); // only when someone sorts during a load
    }
    Q_EMIT reasonCountsChanged();
    if (countsServers())
        Q_EMIT serverCountsChanged();
}

void LogFilterModel::onColumnsInserted(const QModelIndex &, int first, int last)
{
    if (m_sortColumn >= first)
        m_sortColumn += last - first + 1;
    m_sorter.forgetRanks();
    endInsertColumns();
}

QModelIndex LogFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column);
}

QModelIndex LogFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex LogFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

bool LogFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

int LogFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

QModelIndex LogFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || proxyIndex.model() != this
        || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_table->index(int(m_rows[size_t(proxyIndex.row())]), proxyIndex.column());
}

QModelIndex LogFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_table || !sourceIndex.isValid() || sourceIndex.model() != m_table)
        return {};
    const int row = rowOfSourceRow(uint32_t(sourceIndex.row()));
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

int LogFilterModel::rowOfSourceRow(uint32_t sourceRow) const
{
    if (m_sortColumn < 0) {
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sourceRow);
        return it != m_rows.end() && *it == sourceRow ? int(it - m_rows.begin()) : -1;
    }
    const auto it = std::find(m_rows.begin(), m_rows.end(), sourceRow);
    return it != m_rows.end() ? int(it - m_rows.begin()) : -1;
}

QVariant LogFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns map one to one; the base class would map through row 0, which may not exist.
    if (orientation == Qt::Horizontal && m_table)
        return m_table->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

std::optional<FilterField> LogFilterModel::filterFieldOf(int column) const
{
    if (!m_table || column < 0 || column >= m_table->columnCount())
        return std::nullopt;
    const LogTableModel::ColumnInfo info = m_table->columnInfo(column);
    if (info.kind == LogTableModel::ColumnKind::Time)
        return FilterField::Time;
    if (info.kind == LogTableModel::ColumnKind::Server)
        return FilterField::Server;
    if (info.kind != LogTableModel::ColumnKind::Field)
        return std::nullopt;
    return filterFieldFor(m_table->store().column(size_t(info.storeColumn)).field);
}

void LogFilterModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    if (loading && m_sortColumn >= 0)
        applySort(-1, Qt::AscendingOrder);
    m_loading = loading;
    if (!loading && m_rows.capacity() > m_rows.size() + m_rows.size() / 16 + 4096)
        m_rows.shrink_to_fit(); // appends grew the list by doubling
    Q_EMIT loadingChanged(loading);
}

void LogFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_loading || !m_table || column >= columnCount())
        return;
    if (column < 0 && m_sortColumn < 0)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    applySort(column, order);
}

void LogFilterModel::applySort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int64_t> sourceOf(size_t(before.size()), -1);
    std::unordered_map<uint32_t, int> newRowOf;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const size_t row = size_t(before[i].row());
        if (row < m_rows.size()) {
            sourceOf[size_t(i)] = m_rows[row];
            newRowOf.emplace(m_rows[row], -1);
        }
    }
    m_sorter.toStoreOrder(m_rows);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows(m_rows);
    // Persistent indexes (current cell, selection) follow their rows: one pass finds them all.
    if (!before.isEmpty()) {
        for (size_t i = 0; i < m_rows.size() && !newRowOf.empty(); ++i) {
            const auto it = newRowOf.find(m_rows[i]);
            if (it != newRowOf.end())
                it->second = int(i);
        }
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int64_t source = sourceOf[size_t(i)];
            const int row = source < 0 ? -1 : newRowOf[uint32_t(source)];
            after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LogFilterModel::sortRows(std::vector<uint32_t> &rows)
{
    // A sort column kept across a reset of the source may lie past its columns for a while.
    if (m_sortColumn < 0 || !m_table || m_sortColumn >= m_table->columnCount() || rows.size() < 2)
        return;
    const LogTableModel::ColumnInfo info = m_table->columnInfo(m_sortColumn);
    RowSorter::Order order;
    order.descending = m_sortOrder == Qt::DescendingOrder;
    switch (info.kind) {
    case LogTableModel::ColumnKind::Time:
        order.key = RowSorter::Key::Time;
        break;
    case LogTableModel::ColumnKind::Server:
        order.key = RowSorter::Key::Server;
        break;
    case LogTableModel::ColumnKind::File:
        order.key = RowSorter::Key::File;
        break;
    case LogTableModel::ColumnKind::Line:
        order.key = RowSorter::Key::Line;
        break;
    case LogTableModel::ColumnKind::Field:
        order.key = RowSorter::Key::Field;
        order.storeColumn = info.storeColumn;
        break;
    }
    m_sorter.sort(rows, order);
}

size_t LogFilterModel::memoryBytes() const
{
    size_t bytes = m_rows.capacity() * sizeof(uint32_t) + m_sorter.memoryBytes();
    bytes += size_t(m_counter.size()) * 2 * sizeof(uint64_t);
    return bytes;
}
