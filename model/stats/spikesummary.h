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

    double shareOfAll() const { return totalRows ? double(spike.count) / double(totalRows) : 0; }

    // Looks at the rows of `store` that `accept` keeps, between the spike's start and end.
    static SpikeSummary compute(const LogStore &store, const ReasonHistogram &histogram,
                                const Spike &spike, const RowPredicate &accept = {},
                                size_t topN = 5);
};
