#include "reportscope.h"

#include "logstore.h"

#include <QLocale>

std::vector<uint32_t> ReportScope::spikeRows(const LogStore &store,
                                             const std::vector<uint32_t> *rows, const Spike &spike)
{
    std::vector<uint32_t> out;
    auto keep = [&](uint32_t row) {
        const int64_t t = store.time(row);
        if (t >= spike.start && t <= spike.end)
            out.push_back(row);
    };
    if (rows) {
        for (const uint32_t row : *rows)
            keep(row);
    } else {
        for (size_t row = 0; row < store.rowCount(); ++row)
            keep(uint32_t(row));
    }
    return out;
}

QString ReportScope::spikeSentence(const SpikeSummary &summary, uint64_t rows,
                                   const TimeFormat &format)
{
    return tr("This report covers one spike's window: %1, %2, %Ln row(s) of every reason.", nullptr,
              int(rows))
        .arg(summary.reason, format.span(summary.spike.start, summary.spike.end));
}

QString ReportScope::selectionSentence(uint64_t rows)
{
    return tr("This report covers the %Ln row(s) selected in the table.", nullptr, int(rows));
}
