#include "serverlistmodel.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"

ServerListModel::ServerListModel(LogFilterModel *filter, QObject *parent)
    : CheckListModel(filter, parent)
{
    connect(m_filter, &LogFilterModel::filterChanged, this, [this] { refresh(true); });
    connect(m_filter, &LogFilterModel::modelReset, this, [this] { refresh(true); });
    // Renames and new file sets come this way too: the names may have changed.
    connect(m_filter, &LogFilterModel::serverCountsChanged, this, [this] { refresh(true); });
    refresh(true);
}

std::vector<CheckListModel::Item> ServerListModel::collect() const
{
    std::vector<Item> items;
    const LogTableModel *table = m_filter->tableModel();
    if (!table)
        return items;
    const std::vector<uint64_t> counts = m_filter->serverCounts();
    const std::vector<uint64_t> totals = m_filter->serverTotals();
    const LogFileSet &set = table->store().fileSet();
    for (size_t s = 0; s < counts.size() && s < totals.size(); ++s)
        items.push_back({set.serverName(uint32_t(s)), counts[s], totals[s], true});
    return items;
}

QStringList ServerListModel::included() const
{
    return m_filter->filterState().servers;
}

QStringList ServerListModel::excluded() const
{
    return m_filter->filterState().excludedServers;
}

QString ServerListModel::nameTitle() const
{
    return tr("Server");
}
