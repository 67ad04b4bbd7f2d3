#include "summarycommand.h"

#include "commandline.h"
#include "console.h"
#include "evidenceverdict.h"
#include "headlessinput.h"
#include "logsummary.h"
#include "spikeevidence.h"
#include "spikesearch.h"
#include "timeutil.h"

#include <QLocale>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString spikesText(const std::vector<Spike> &spikes, const std::vector<SpikeEvidence> &evidence)
{
    if (spikes.empty())
        return {};
    QString out = QCoreApplication::translate("SummaryCommand", "Spikes:") + QLatin1Char('\n');
    for (size_t i = 0; i < spikes.size(); ++i) {
        const Spike &s = spikes[i];
        out += QCoreApplication::translate("SummaryCommand",
                                           "  Connection_Dropped %1 - %2  %3 rows, peak %4/min, "
                                           "usually %5/min")
                   .arg(TimeUtil::formatIso(s.start), TimeUtil::formatIso(s.end))
                   .arg(s.count)
                   .arg(s.peakPerMinute, 0, 'f', 1)
                   .arg(s.baselinePerMinute, 0, 'f', 2)
               + QLatin1Char('\n');
        if (i < evidence.size())
            out += QStringLiteral("    ") + EvidenceVerdict::judge(evidence[i]).verdict
                   + QLatin1Char('\n');
    }
    return out;
}

// The IIS access logs read beside the httperr logs, if any: totals, and for each spike what
// they show in its window.
struct Requests
{
    QJsonObject json;
    QString text;
    std::vector<SpikeEvidence> evidence; // one per spike

    Requests(const HeadlessInput &input, const std::vector<Spike> &spikes,
             const CommandLineOptions &options)
    {
        const RequestStore &requests = input.loaded.requests;
        if (requests.fileCount() == 0)
            return;
        const bool any = requests.rowCount() > 0;
        json.insert(QStringLiteral("rows"), qint64(requests.rowCount()));
        json.insert(QStringLiteral("files"), qint64(requests.fileCount()));
        json.insert(QStringLiteral("first"),
                    any ? QJsonValue(TimeUtil::formatIso(requests.firstTime())) : QJsonValue());
        json.insert(QStringLiteral("last"),
                    any ? QJsonValue(TimeUtil::formatIso(requests.lastTime())) : QJsonValue());
        text = QCoreApplication::translate("SummaryCommand",
                                           "Requests (IIS access logs): %1 in %n file(s), %2 - %3",
                                           nullptr, int(requests.fileCount()))
                   .arg(QLocale().toString(qulonglong(requests.rowCount())),
                        TimeUtil::formatIso(requests.firstTime()),
                        TimeUtil::formatIso(requests.lastTime()))
               + QLatin1Char('\n');
        const LogStore &store = input.store();
        if (any && store.rowCount() > 0
            && (requests.lastTime() < store.firstTime() || requests.firstTime() > store.lastTime()))
            text += QCoreApplication::translate("SummaryCommand",
                                                "The access logs do not overlap the httperr logs "
                                                "(%1 - %2): they cannot explain its spikes.")
                        .arg(TimeUtil::formatIso(store.firstTime()),
                             TimeUtil::formatIso(store.lastTime()))
                    + QLatin1Char('\n');
        for (const Spike &spike : spikes)
            evidence.push_back(SpikeEvidence::forSpike(requests, input.store(), spike,
                                                       input.rows.get(), options.slowSeconds));
    }
};
} // namespace

void SummaryCommand::print(const HeadlessInput &input, const CommandLineOptions &options)
{
    if (input.database) {
        // ClickHouse counted it: the same totals, spikes and JSON as on the files.
        const ClickHouseSummary::Result &db = *input.database;
        print(db.summary, db.spikes, db.spikesJson, !options.filter.isEmpty(), db.rowsBeforeFilter,
              options);
        return;
    }
    const LogStore &store = input.store();
    const std::vector<uint32_t> *rows = input.rows.get();
    LogSummary summary = LogSummary::compute(store, rows);
    summary.malformed = input.loaded.malformed;
    const std::vector<Spike> spikes = SpikeSearch::find(store, rows);
    QJsonArray json = options.json ? SpikeSearch::toJson(store, spikes, rows) : QJsonArray();
    const Requests requests(input, spikes, options);
    for (qsizetype i = 0; i < json.size() && size_t(i) < requests.evidence.size(); ++i) {
        QJsonObject spike = json.at(i).toObject();
        spike.insert(QStringLiteral("requests"), requests.evidence[size_t(i)].toJson());
        json[i] = spike;
    }
    print(summary, spikes, json, input.isFiltered(), store.rowCount(), options, requests.json,
          requests.text, requests.evidence);
}

void SummaryCommand::print(const LogSummary &summary, const std::vector<Spike> &spikes,
                           const QJsonArray &spikesJson, bool filtered, uint64_t rowsBeforeFilter,
                           const CommandLineOptions &options, const QJsonObject &requestsJson,
                           const QString &requestsText, const std::vector<SpikeEvidence> &evidence)
{
    if (options.json) {
        QJsonObject object = summary.toJson();
        if (filtered)
            object.insert(QStringLiteral("rowsBeforeFilter"), qint64(rowsBeforeFilter));
        object.insert(QStringLiteral("spikes"), spikesJson);
        if (!requestsJson.isEmpty())
            object.insert(QStringLiteral("requests"), requestsJson);
        Console::data(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    QString text;
    if (filtered)
        text += QCoreApplication::translate("SummaryCommand", "Filtered: %1 of %2 rows pass\n")
                    .arg(summary.rows)
                    .arg(rowsBeforeFilter);
    text += summary.toText() + requestsText + spikesText(spikes, evidence);
    Console::text(text);
}
