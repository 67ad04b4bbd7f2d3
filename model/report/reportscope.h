#pragma once

#include "spikesummary.h"
#include "timeformat.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

class LogStore;

// What part of the rows passing the filters a report covers, besides all of them: one spike's
// window (its rows of every reason between its first and last second) or rows chosen in the
// table; and the sentence that says so at the top of the report.
class ReportScope
{
    Q_DECLARE_TR_FUNCTIONS(ReportScope)

public:
    // The rows of `rows` (null: every store row) whose time lies in the spike's window, in the
    // order given.
    static std::vector<uint32_t> spikeRows(const LogStore &store, const std::vector<uint32_t> *rows,
                                           const Spike &spike);
    // "This report covers one spike's window: Connection_Dropped, 10.03.2026 15:00:00 –
    // 15:00:59 UTC, 400 rows of every reason."
    static QString spikeSentence(const SpikeSummary &summary, uint64_t rows,
                                 const TimeFormat &format);
    // "This report covers the 25 rows selected in the table."
    static QString selectionSentence(uint64_t rows);
};
