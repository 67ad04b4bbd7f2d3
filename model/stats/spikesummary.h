#pragma once

#include "logfield.h"
#include "reasonhistogram.h"
#include "spikedetector.h"

#include <QString>

#include <vector>

// What the rows of one spike have in common: where they came from, where they went and what
// else went wrong at the same time. Computed on demand from the store's interned columns.
struct SpikeSummary
{
    struct Item
    {
        QString value;
        uint64_t count = 0;
    };
    struct Top
    {
        LogField field;
        std::vector<Item> items; // most frequent first, at most topN
        size_t distinct = 0;     // distinct values among the spike's rows (before the cut)
    };
    struct Rise
    {
        QString reason;
        uint64_t count = 0;  // rows in the spike's window
        double expected = 0; // rows the hour around it would predict for the window
    };

    Spike spike;
    QString reason;
    uint64_t rowsInWindow = 0; // kept rows of any reason between start and end
    uint64_t totalRows = 0;    // kept rows in the whole log
    std::vector<Top> tops;     // client IP, URL, site and queue of the spike's rows
    std::vector<Rise> rises;   // other reasons clearly above their usual rate meanwhile
    // Rows of the spike's reason per server between start and end, most first (servers
    // without any left out); one entry means the spike is that server's alone.
    std::vector<Item> servers;
    int serverCount = 0; // servers the load has

    double shareOfAll() const { return totalRows ? double(spike.count) / double(totalRows) : 0; }

    // Looks at the rows of `store` that `accept` keeps, between the spike's start and end.
    static SpikeSummary compute(const LogStore &store, const ReasonHistogram &histogram,
                                const Spike &spike, const RowPredicate &accept = {},
                                size_t topN = 5);
    // Rows of the spike's reason between its start and end per server id, over `rows` (store
    // rows in ascending order; null: every row).
    static std::vector<uint64_t> serverCounts(const LogStore &store, const Spike &spike,
                                              const std::vector<uint32_t> *rows);
    // The same as {name: rows} pairs, most first, servers without rows left out.
    static std::vector<Item> serverItems(const LogStore &store,
                                         const std::vector<uint64_t> &counts);
};
