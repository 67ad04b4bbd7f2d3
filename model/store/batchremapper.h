#pragma once

#include "logbatch.h"
#include "numberidcache.h"

#include <memory>
#include <vector>

// Keeps a copy of the string pools a LogStore will build from a load and, batch by batch, works
// out which store id each pooled string will get (LogBatch::Column::storeIds). It runs on the
// loading thread, so the thread that owns the store (the GUI thread) only adds the strings that
// are new instead of looking up every string of every batch. Costs a second copy of the unique
// strings while the load runs. Feed it every batch, in the order the store appends them.
class BatchRemapper
{
public:
    // Fills in storeIds for every column of `batch`.
    void annotate(LogBatch &batch);

private:
    struct Column
    {
        LogField field;
        std::string name;
        StringPool pool; // the same strings, in the same order, as the store's pool
        NumberIdCache numbers;
    };

    Column &columnFor(const LogBatch::Column &in);

    std::vector<std::unique_ptr<Column>> m_columns;
};
