#pragma once

#include "logstore.h"

#include <QJsonObject>
#include <QString>

#include <vector>

// Totals over a set of rows: counts, time span, rows per reason and per server. Computed from the
// store's typed columns; used by the command line's --summary and the status bar.
struct LogSummary
{
    uint64_t rows = 0;
    uint64_t malformed = 0;
    int files = 0;
    int64_t first = 0; // seconds since the epoch, UTC; valid when rows > 0
    int64_t last = 0;
    std::vector<std::pair<QString, uint64_t>> reasons; // most frequent first
    std::vector<std::pair<QString, uint64_t>> servers; // every server, in load order

    // Over all rows of `store`, or only `rows` (store row indexes) when given.
    static LogSummary compute(const LogStore &store, const std::vector<uint32_t> *rows = nullptr);

    QJsonObject toJson() const;
    // A few lines of plain text for a terminal.
    QString toText() const;
};
