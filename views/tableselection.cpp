#include "tableselection.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace {
// The LogTableModel under the view's model, through any proxies.
const LogTableModel *tableModelOf(const QAbstractItemModel *model)
{
    while (model) {
        if (const auto *table = qobject_cast<const LogTableModel *>(model))
            return table;
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    return nullptr;
}

// Row intervals of the selection, sorted and merged.
std::vector<std::pair<int, int>> selectedSpans(const QTableView &view)
{
    std::vector<std::pair<int, int>> spans;
    if (!view.selectionModel())
        return spans;
    for (const QItemSelectionRange &range : view.selectionModel()->selection())
        spans.emplace_back(range.top(), range.bottom());
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto &span : spans) {
        if (!merged.empty() && span.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, span.second);
        else
            merged.push_back(span);
    }
    return merged;
}

std::vector<int> visibleLogicalColumns(const QTableView &view)
{
    std::vector<int> columns;
    const QHeaderView *header = view.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.push_back(logical);
    }
    return columns;
}
} // namespace

const LogTableModel *TableSelection::tableModel(const QTableView &view)
{
    return tableModelOf(view.model());
}

const LogStore *TableSelection::store(const QTableView &view)
{
    const LogTableModel *table = tableModel(view);
    return table ? &table->store() : nullptr;
}

std::shared_ptr<const std::vector<uint32_t>> TableSelection::shownRows(const QTableView &view)
{
    const QAbstractItemModel *model = view.model();
    if (!model || qobject_cast<const LogTableModel *>(model))
        return nullptr;
    if (const auto *filter = qobject_cast<const LogFilterModel *>(model))
        return std::make_shared<const std::vector<uint32_t>>(filter->sourceRows());
    // Any other proxy: ask each row for its store row.
    auto rows = std::make_shared<std::vector<uint32_t>>();
    const int count = model->rowCount();
    rows->reserve(size_t(count));
    for (int r = 0; r < count; ++r)
        rows->push_back(
            uint32_t(model->index(r, 0).data(LogTableModel::StoreRowRole).toULongLong()));
    return rows;
}

std::vector<uint32_t> TableSelection::storeRows(const QTableView &view)
{
    std::vector<uint32_t> rows;
    const QAbstractItemModel *model = view.model();
    if (!model)
        return rows;
    const bool direct = qobject_cast<const LogTableModel *>(model) != nullptr;
    const auto *filter = qobject_cast<const LogFilterModel *>(model);
    for (const auto &[top, bottom] : selectedSpans(view)) {
        for (int row = top; row <= bottom; ++row) {
            if (direct)
                rows.push_back(uint32_t(row));
            else if (filter)
                rows.push_back(filter->sourceRows()[size_t(row)]);
            else
                rows.push_back(
                    uint32_t(model->index(row, 0).data(LogTableModel::StoreRowRole).toULongLong()));
        }
    }
    return rows;
}

int TableSelection::selectedRowCount(const QTableView &view)
{
    int count = 0;
    for (const auto &[top, bottom] : selectedSpans(view))
        count += bottom - top + 1;
    return count;
}

std::vector<ExportColumn> TableSelection::visibleColumns(const QTableView &view)
{
    std::vector<ExportColumn> out;
    const LogTableModel *table = tableModel(view);
    if (!table)
        return out;
    for (const int column : visibleLogicalColumns(view)) {
        const LogTableModel::ColumnInfo info = table->columnInfo(column);
        switch (info.kind) {
        case LogTableModel::ColumnKind::Time:
            out.push_back(ExportColumn::time());
            break;
        case LogTableModel::ColumnKind::Field:
            out.push_back(ExportColumn::field(info.storeColumn));
            break;
        case LogTableModel::ColumnKind::Server:
            out.push_back(ExportColumn::server());
            break;
        case LogTableModel::ColumnKind::File:
            out.push_back(ExportColumn::file());
            break;
        case LogTableModel::ColumnKind::Line:
            out.push_back(ExportColumn::line());
            break;
        }
    }
    return out;
}

QStringList TableSelection::visibleTitles(const QTableView &view)
{
    QStringList titles;
    if (!view.model())
        return titles;
    for (const int column : visibleLogicalColumns(view))
        titles << view.model()->headerData(column, Qt::Horizontal).toString();
    return titles;
}
