#include "reasonlistmodel.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "textdecode.h"

ReasonListModel::ReasonListModel(LogFilterModel *filter, QObject *parent)
    : CheckListModel(filter, parent)
{
    connect(m_filter, &LogFilterModel::filterChanged, this, [this] { refresh(true); });
    connect(m_filter, &LogFilterModel::modelReset, this, [this] { refresh(true); });
    connect(m_filter, &LogFilterModel::reasonCountsChanged, this, [this] { refresh(false); });
    refresh(true);
}

std::vector<CheckListModel::Item> ReasonListModel::collect() const
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
        items.push_back({reason, counter.count(id), counter.total(id), true});
    }
    return items;
}

QStringList ReasonListModel::included() const
{
    return m_filter->filterState().reasons;
}

QStringList ReasonListModel::excluded() const
{
    return m_filter->filterState().excludedReasons;
}

QString ReasonListModel::nameTitle() const
{
    return tr("Reason");
}
