#pragma once

#include "reportdata.h"

#include "logstore.h"

#include <vector>

class ClientIpAnonymizer;

// Fills a ReportData with what the rows themselves tell: files and time spans, totals by
// reason, the top client addresses and URLs, and the first rows. Counts over interned ids,
// so a million rows take milliseconds.
class ReportDataCollector
{
public:
    struct Options
    {
        size_t topCount = 10;  // entries in the top client and URL lists
        size_t tableRows = 50; // rows in the table at the end
        DisplayZone zone;      // the zone the report gives times in
    };

    // `rows` are the filtered store rows (null: every row). With an anonymizer, client
    // addresses in the lists and the table are its stand-ins.
    static ReportData collect(const LogStore &store, const std::vector<uint32_t> *rows,
                              const Options &options, ClientIpAnonymizer *anonymizer = nullptr);
    // The top `count` values of a column over `rows`, most frequent first ("-" excluded).
    static std::vector<ReportData::Count> topValues(const LogStore &store, int column,
                                                    const std::vector<uint32_t> *rows, size_t count,
                                                    ClientIpAnonymizer *anonymizer = nullptr);
};
