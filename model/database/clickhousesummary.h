#pragma once

#include "logsummary.h"
#include "spikedetector.h"

#include <QJsonArray>

#include <optional>
#include <vector>

class ClickHouseCatalog;
class ClickHouseClient;
class FilterSql;

// --summary of a database, worked out by ClickHouse: counts, time span, rows per reason and
// per server are GROUP BY answers; the Connection_Dropped spikes are found by the same
// SpikeDetector over the reason's rows per second (as SpikeSearch counts them on files), and
// each spike's rows per server is one more count. No row is fetched. Synchronous (the command
// line's thread); the queries run at the same time.
class ClickHouseSummary
{
public:
    struct Result
    {
        LogSummary summary;
        std::vector<Spike> spikes;
        QJsonArray spikesJson; // as SpikeSearch::toJson lists them, with their servers
        uint64_t rowsBeforeFilter = 0;
    };

    static std::optional<Result> compute(ClickHouseClient &client, const ClickHouseCatalog &catalog,
                                         const FilterSql &filter, QString *error);
};
