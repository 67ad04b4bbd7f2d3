#pragma once

#include "reportdata.h"

#include "logstore.h"
#include "reasoncatalog.h"

#include <QCoreApplication>

#include <vector>

class ClientIpAnonymizer;
class RequestStore;
struct SpikeEvidence;
struct SpikeSummary;

// The words of a ticket report: each Connection_Dropped spike (how big, what its rows have in
// common, what to check first) and the catalog's explanation of the reasons that matter most.
// Plain text, translated; ReportBuilder turns it into HTML or Markdown.
// The IIS access-log rows loaded beside the httperr rows, for each spike's evidence.
struct ReportRequests
{
    const RequestStore *store = nullptr; // null or empty: no evidence
    uint32_t slowSeconds = 110;
};

class ReportExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ReportExplainer)

public:
    // Looks for spikes in `rows` (null: every row) as --summary does (SpikeSearch) and adds each,
    // described, to `data`; marks the search as done even when nothing was found. With an
    // anonymizer, client addresses are named by their stand-ins; with access-log rows, each
    // spike gets what they show in its window.
    static void addSpikes(ReportData &data, const LogStore &store,
                          const std::vector<uint32_t> *rows,
                          ClientIpAnonymizer *anonymizer = nullptr,
                          const ReportRequests &requests = {});
    // The access log's verdict and counts for a spike's window, in words.
    static void addEvidence(ReportData::Spike &spike, const SpikeEvidence &evidence);
    // Adds one spike, described (its client addresses by their stand-ins with an anonymizer).
    static void addSpike(ReportData &data, SpikeSummary summary,
                         ClientIpAnonymizer *anonymizer = nullptr);
    // Explains the `top` most frequent reasons of data.reasons, then the reason of each spike
    // that is not among them. Call it after addSpikes().
    static void addExplanations(ReportData &data, size_t top = 3);
    // One spike in words.
    static ReportData::Spike describe(const SpikeSummary &summary);
    // Which servers logged a spike's rows: "Only WEB03 logged them; …", "All 3 servers …".
    // Empty with fewer than two servers.
    static QString serversSentence(const SpikeSummary &summary);
    // One reason in words, `count` rows of it.
    static ReportData::Explanation explain(const QString &reason, uint64_t count);

    // The pieces of those words that the explanation panel shows too.
    // "1 min 28 s": a spike's length.
    static QString duration(int64_t seconds);
    // "304/min", or per hour below one a minute so that small rates do not read as "0.1".
    static QString rate(double perMinute);
    // "No status sent (logged as -). Parsed and routed, then …": what HTTP.sys logs with a
    // reason (its catalog status, "-" for none) and how far the request had got.
    static QString statusAndStage(const QString &status, ReasonCatalog::Stage stage);
};
