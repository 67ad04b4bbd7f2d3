#pragma once

#include "exportcolumn.h"
#include "logstore.h"
#include "timeformat.h"

#include <QString>
#include <QStringList>

#include <vector>

// Turns selected rows into what the clipboard carries: tab-separated text for spreadsheets
// and editors, and an HTML table for mail, tickets and word processors, both with a header row.
// Columns and titles are the view's, in its order; the time stays one column as the table shows
// it (setTimeFormat()).
class ClipboardFormatter
{
public:
    ClipboardFormatter(const LogStore &store, std::vector<ExportColumn> columns,
                       QStringList titles);

    // How the time column reads (the table's zone and conventions; UTC by default).
    void setTimeFormat(const TimeFormat &format) { m_timeFormat = format; }
    // A line of the titles, then one line per row (LF), values as TsvWriter writes them.
    QString tsv(const std::vector<uint32_t> &rows) const;
    // An HTML table with a header row of the titles.
    QString html(const std::vector<uint32_t> &rows) const;

private:
    std::string cell(const ExportColumn &column, size_t row) const;

    const LogStore &m_store;
    std::vector<ExportColumn> m_columns;
    QStringList m_titles;
    TimeFormat m_timeFormat;
};
