#include "summarycommand.h"

#include "commandline.h"
#include "console.h"
#include "headlessinput.h"
#include "logsummary.h"
#include "spikesearch.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString spikesText(const std::vector<Spike> &spikes)
{
    if (spikes.empty())
        return {};
    QString out = QCoreApplication::translate("SummaryCommand", "Spikes:") + QLatin1Char('\n');
    for (const Spike &s : spikes) {
        out += QCoreApplication::translate("SummaryCommand",
                                           "  Connection_Dropped %1 - %2  %3 rows, peak %4/min, "
                                           "usually %5/min")
                   .arg(TimeUtil::formatIso(s.start), TimeUtil::formatIso(s.end))
                   .arg(s.count)
                   .arg(s.peakPerMinute, 0, 'f', 1)
                   .arg(s.baselinePerMinute, 0, 'f', 2)
               + QLatin1Char('\n');
    }
    return out;
}
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
    const QJsonArray json = options.json ? SpikeSearch::toJson(store, spikes, rows) : QJsonArray();
    print(summary, spikes, json, input.isFiltered(), store.rowCount(), options);
}

void SummaryCommand::print(const LogSummary &summary, const std::vector<Spike> &spikes,
                           const QJsonArray &spikesJson, bool filtered, uint64_t rowsBeforeFilter,
                           const CommandLineOptions &options)
{
    if (options.json) {
        QJsonObject object = summary.toJson();
        if (filtered)
            object.insert(QStringLiteral("rowsBeforeFilter"), qint64(rowsBeforeFilter));
        object.insert(QStringLiteral("spikes"), spikesJson);
        Console::data(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    QString text;
    if (filtered)
        text += QCoreApplication::translate("SummaryCommand", "Filtered: %1 of %2 rows pass\n")
                    .arg(summary.rows)
                    .arg(rowsBeforeFilter);
    text += summary.toText() + spikesText(spikes);
    Console::text(text);
}
