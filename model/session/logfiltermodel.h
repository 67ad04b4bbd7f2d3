#pragma once

#include "filterstate.h"
#include "reasoncounter.h"
#include "rowfilter.h"
#include "rowsorter.h"
#include "servercounter.h"

#include <QAbstractProxyModel>

#include <optional>
#include <vector>

class LogTableModel;

// The rows of a LogTableModel that pass the current filter, in display order. Holds nothing
// but the list of accepted source rows (4 bytes each): a filter change re-filters once (one
// model reset), rows the loader appends are filtered on arrival (one insert per batch), and
// sorting orders that list with a RowSorter. Ties keep log order.
// Sorting is off while a load runs (setLoading()). GUI thread only.
class LogFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterModel(QObject *parent = nullptr);

    // Must be a LogTableModel (anything else is treated as no source).
    void setSourceModel(QAbstractItemModel *model) override;
    LogTableModel *tableModel() const { return m_table; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    // Binary search when unsorted, a scan when sorted: fine for a click, not for a loop.
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // column -1 restores log order. Ignored while loading.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Applies a new filter (nothing happens when it equals the current one).
    void setFilterState(const FilterState &state);
    const FilterState &filterState() const { return m_filter.state(); }
    // The compiled current filter, kept in step with the store: the timeline uses it.
    const RowFilter &rowFilter() const { return m_filter; }
    QList<FilterError> errors() const { return m_filter.errors(); }

    // Store rows in display order.
    const std::vector<uint32_t> &sourceRows() const { return m_rows; }
    // The display row of a store row, or -1 when it is filtered out.
    int rowOfSourceRow(uint32_t sourceRow) const;
    // The filter criterion a column can feed ("Show only"), if any.
    std::optional<FilterField> filterFieldOf(int column) const;

    // While loading, sorting is off (and a current sort is dropped).
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Rows per reason under the other criteria (for the reason picker).
    const ReasonCounter &reasonCounter() const { return m_counter; }
    // Rows per server id under the other criteria, and in all (for the server picker); only
    // counted while the store has two or more servers (empty otherwise).
    std::vector<uint64_t> serverCounts() const;
    std::vector<uint64_t> serverTotals() const;
    // Bytes this model holds for its rows and sort keys.
    size_t memoryBytes() const;

Q_SIGNALS:
    // Emitted after each re-filter (the rows were reset to a new filter's result).
    void filterChanged();
    // The per-reason counts changed (filter change, rows appended, new source data).
    void reasonCountsChanged();
    // The per-server counts or the servers themselves (names, how many) changed.
    void serverCountsChanged();
    // Loading started or ended, so sorting became unavailable or available.
    void loadingChanged(bool loading);

private:
    void connectSource();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onColumnsInserted(const QModelIndex &parent, int first, int last);
    void beginSourceReset();
    void endSourceReset();
    // The store's rows were put in another order: the same rows pass, elsewhere.
    void onSourceReordered();
    // Recomputes every row from the store (callers wrap it in a model reset); with
    // `recount`, the reason counts too, with `recountServers` the server counts (a re-order
    // of the store keeps both).
    void rebuild(bool recount = true, bool recountServers = true);
    // Sorts by the current sort column (nothing when there is none).
    void sortRows(std::vector<uint32_t> &rows);
    bool countsServers() const;
    // The table's servers were worked out anew or renamed.
    void onServersChanged();
    void applySort(int column, Qt::SortOrder order);

    LogTableModel *m_table = nullptr;
    std::vector<QMetaObject::Connection> m_connections;
    RowFilter m_filter;
    ReasonCounter m_counter;
    ServerCounter m_serverCounter;
    std::vector<uint32_t> m_rows;
    size_t m_seenSourceRows = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_loading = false;
    bool m_inSourceReset = false;
    RowSorter m_sorter;
};
