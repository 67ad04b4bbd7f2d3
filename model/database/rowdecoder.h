#pragma once

#include "clickhousecatalog.h"
#include "logbatch.h"

#include <QByteArray>

#include <vector>

// Gives rows read from httperr_rows back as the loader would have parsed them: batches of one
// file each, with the file's #Fields layouts, every value in the column the files had, and
// the store's columns in the order a load of the files adds them (so an export or a report of
// the rows matches one of the files).
class RowDecoder
{
public:
    explicit RowDecoder(const ClickHouseCatalog &catalog);

    // The columns a row query selects, in the order decode() reads them.
    static QByteArray selectList();
    // Decodes a RowBinary answer of selectList() rows (ordered by file, then line: each run of
    // one file's rows becomes one batch) and appends the batches to `out`. Rows of a file the
    // catalog does not know are left out. False when the answer does not parse.
    bool decode(const QByteArray &answer, std::vector<LogBatchPtr> &out) const;

private:
    struct Slot
    {
        int column; // batch column, or LogBatch::DateSlot / TimeSlot
        bool extra; // the value comes from `extra` (else from its own column)
    };
    struct Layout
    {
        LogBatch::Layout record;
        std::vector<int> extraColumns; // batch columns of the `extra` values, in order
    };

    LogBatchPtr newBatch(int file) const;

    const ClickHouseCatalog &m_catalog;
    std::vector<int> m_fieldColumns; // per ClickHouseSchema::FieldColumns: batch column or -1
    std::vector<std::vector<Layout>> m_layouts; // per file, per layout index
};
