#pragma once

#include "logfield.h"
#include "logproblem.h"
#include "stringpool.h"

#include <QMetaType>

#include <memory>
#include <string>
#include <vector>

// Rows parsed from one piece of one file, in the parser's own string pools. The store
// re-maps the local ids to its global ones when it appends the batch, so parser threads
// never share a lock.
struct LogBatch
{
    // The store's ids for a column's strings, worked out by the loading thread (BatchRemapper)
    // so the thread that appends the batch only adds the strings new to the store. Valid only
    // for a store whose pool still has `base` strings with the fingerprint `chain`.
    struct StoreIds
    {
        bool valid = false;
        uint32_t base = 0;
        uint64_t chain = 0;
        std::vector<uint32_t> ids;       // local id -> store id
        std::vector<uint32_t> newLocals; // local ids of the new strings, in store id order
        uint32_t maxId = 0;
    };

    struct Column
    {
        std::string name; // the #Fields id
        LogField field = LogField::Extra;
        StringPool pool;
        std::vector<uint32_t> ids; // may be shorter than rowCount(): missing rows are empty
        StoreIds storeIds;         // optional, see StoreIds
    };

    // The #Fields order of the lines rows came from: per slot, the batch column the value went
    // to, or DateSlot/TimeSlot. Lets an export write rows back under the header they had.
    struct Layout
    {
        std::vector<std::string> names; // the ids as written in the header
        std::vector<int> columns;
        bool operator==(const Layout &o) const { return names == o.names && columns == o.columns; }
    };
    static constexpr int DateSlot = -1;
    static constexpr int TimeSlot = -2;

    int32_t fileIndex = 0;
    std::vector<int64_t> times;  // seconds since the epoch, UTC
    std::vector<uint32_t> lines; // 1-based line numbers in the file
    std::vector<Column> columns;
    std::vector<Layout> layouts;
    std::vector<uint32_t> rowLayouts; // per row, an index into layouts (may be shorter: unknown)
    std::vector<LogProblem> problems; // listed problems (capped per file by the parser)
    uint64_t malformed = 0;           // every malformed line, listed or not
    uint64_t bytes = 0;               // input bytes this batch covers

    size_t rowCount() const { return times.size(); }
    // The column for a field id, created on first use.
    size_t columnFor(LogField field, const std::string &name);
    // The index of `layout` in layouts, added on first use.
    uint32_t layoutFor(Layout &&layout);
};

using LogBatchPtr = std::shared_ptr<LogBatch>;
Q_DECLARE_METATYPE(LogBatchPtr)
