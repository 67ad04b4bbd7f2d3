#pragma once

#include "exportcolumn.h"

#include <QStringList>

#include <memory>

#include <vector>

class LogStore;
class LogTableModel;
class QTableView;

// What a table view of log rows shows and has selected, in store terms: the rows behind the
// selection and the columns in the order the user arranged them. The view's model is the
// LogTableModel itself or a proxy over it that keeps its columns (the filter model).
namespace TableSelection {
// The LogTableModel behind the view's model (through any proxies), or null.
const LogTableModel *tableModel(const QTableView &view);
// The store behind the view's model, or null.
const LogStore *store(const QTableView &view);
// Store rows of the rows the view shows, in its order; null when it shows every row of the
// store in store order.
std::shared_ptr<const std::vector<uint32_t>> shownRows(const QTableView &view);
// Store rows of the selected rows, top to bottom in view order, each once. Walks the
// selection ranges, never one index per selected cell.
std::vector<uint32_t> storeRows(const QTableView &view);
// How many rows are selected.
int selectedRowCount(const QTableView &view);
// Visible columns in view order.
std::vector<ExportColumn> visibleColumns(const QTableView &view);
// Their header titles, as shown.
QStringList visibleTitles(const QTableView &view);
} // namespace TableSelection
