#pragma once

#include "logsummary.h"
#include "spikedetector.h"
#include "spikeevidence.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

struct CommandLineOptions;
struct HeadlessInput;

// --summary: prints totals of the rows HeadlessInput loaded and filtered, as text or (with
// --json) one JSON object, to stdout.
namespace SummaryCommand {
void print(const HeadlessInput &input, const CommandLineOptions &options);
// The summary as text or (with --json) JSON, with the spikes and, when filtered, the rows
// before filtering; with access logs, their totals and each spike's evidence.
void print(const LogSummary &summary, const std::vector<Spike> &spikes,
           const QJsonArray &spikesJson, bool filtered, uint64_t rowsBeforeFilter,
           const CommandLineOptions &options, const QJsonObject &requestsJson = {},
           const QString &requestsText = {}, const std::vector<SpikeEvidence> &evidence = {});
} // namespace SummaryCommand
