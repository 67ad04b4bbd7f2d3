#pragma once

#include "reportdata.h"

#include "logstore.h"
#include "reportexplainer.h"
#include "spikesummary.h"

#include <QSize>
#include <QStringList>

#include <optional>
#include <vector>

// Gathers everything a report holds for a set of rows: what the rows tell (ReportDataCollector)
// plus the parts that need more than the rows — the filters in words, the timeline picture
// (ChartImage, drawn off screen), the spikes and the explanations (ReportExplainer). Shared by
// the window and the command line, so both write the same report for the same rows.
namespace ReportAssembler {
// The chart's size in the report, in CSS pixels: about a page's text width.
inline constexpr QSize ChartSize{1000, 340};
// The chart is drawn at twice that, so it stays sharp on high-density screens and in the PDF.
inline constexpr double ChartScale = 2.0;

struct Input
{
    const LogStore *store = nullptr;
    const std::vector<uint32_t> *rows = nullptr; // rows passing the filters; null: every row
    QStringList filters;                         // the filters in effect, one line each
    bool anonymize = false;
    bool chart = true; // draw the timeline (needs a QApplication)
    DisplayZone zone;  // the zone every time is given in (the chart's axis too)
    // Only this spike's window: the rows of `rows` between its first and last second, and
    // only this spike in the list (as found over `rows`, so its verdict is the window's).
    std::optional<SpikeSummary> spike;
    // The engineer's bookmarks; the report lists those within its rows' span.
    std::vector<ReportData::Bookmark> bookmarks;
    // Only these store rows (the table's selection); ignored with a spike.
    const std::vector<uint32_t> *selection = nullptr;
    // The IIS access-log rows loaded beside, for each spike's evidence (none: no evidence).
    ReportRequests requests;
};

ReportData assemble(const Input &input);
} // namespace ReportAssembler
