#pragma once

#include "reportdata.h"

#include "logstore.h"

#include <QStringList>

#include <vector>

// Gathers everything a report holds for a set of rows: what the rows tell (ReportDataCollector)
// plus the parts that need more than the rows — the filters in words, the timeline picture,
// the spikes and the explanations. Shared by the window and the command line.
namespace ReportAssembler {
struct Input
{
    const LogStore *store = nullptr;
    const std::vector<uint32_t> *rows = nullptr; // rows passing the filters; null: every row
    QStringList filters;                         // the filters in effect, one line each
    bool anonymize = false;
};

ReportData assemble(const Input &input);
} // namespace ReportAssembler
