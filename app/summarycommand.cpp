#include "summarycommand.h"

#include "commandline.h"
#include "directloader.h"
#include "logsummary.h"
#include "rowfilter.h"
#include "spikesearch.h"
#include "textdecode.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
// Each file's problems are all worth a line, but one broken file must not bury the others:
// list a few malformed lines per file and count the rest.
constexpr int MaxLineProblemsPerFile = 10;

QString tr(const char *text)
{
    return QCoreApplication::translate("SummaryCommand", text);
}

void printLine(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

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

void printProblems(const std::vector<LogProblem> &problems)
{
    QHash<QString, int> listed;
    QHash<QString, int> unlisted;
    QStringList unlistedOrder;
    for (const LogProblem &p : problems) {
        if (p.isLineProblem() || p.code == LogProblem::Code::TooManyProblems) {
            if (listed[p.path]++ >= MaxLineProblemsPerFile) {
                if (!unlisted.contains(p.path))
                    unlistedOrder << p.path;
                ++unlisted[p.path];
                continue;
            }
        }
        const QString where = p.line > 0 ? QStringLiteral("%1:%2").arg(p.path).arg(p.line) : p.path;
        QString text = where + QStringLiteral(": ") + p.message();
        if (!p.raw.isEmpty())
            text += QStringLiteral(": ") + TextDecode::toDisplayText(p.raw);
        printLine(text);
    }
    for (const QString &path : std::as_const(unlistedOrder))
        printLine(
            QCoreApplication::translate("SummaryCommand", "%1: ... and %2 more problems not shown")
                .arg(path)
                .arg(unlisted.value(path)));
}
} // namespace

int SummaryCommand::run(const CommandLineOptions &options)
{
    const QStringList paths =
        options.paths.isEmpty() ? QStringList{CommandLine::demoLogPath()} : options.paths;
    DirectLoader::Result result;
    DirectLoader::load(paths, result);
    printProblems(result.problems);

    // The same RowFilter the window's filter model uses, so both count the same rows.
    std::vector<uint32_t> passing;
    const bool filtered = !options.filter.isEmpty();
    if (filtered) {
        RowFilter filter(options.filter);
        filter.attach(&result.store);
        passing.reserve(result.store.rowCount());
        filter.collect(0, result.store.rowCount(), passing);
    }
    LogSummary summary = LogSummary::compute(result.store, filtered ? &passing : nullptr);
    summary.malformed = result.malformed;
    const std::vector<Spike> spikes =
        SpikeSearch::find(result.store, filtered ? &passing : nullptr);
    if (options.json) {
        QJsonObject object = summary.toJson();
        if (filtered)
            object.insert(QStringLiteral("rowsBeforeFilter"), qint64(result.store.rowCount()));
        object.insert(QStringLiteral("spikes"), SpikeDetector::toJson(spikes, [](uint32_t) {
                          return QStringLiteral("Connection_Dropped");
                      }));
        const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else {
        if (filtered)
            std::fputs(qPrintable(QCoreApplication::translate("SummaryCommand",
                                                              "Filtered: %1 of %2 rows pass\n")
                                      .arg(passing.size())
                                      .arg(result.store.rowCount())),
                       stdout);
        std::fputs(qPrintable(summary.toText() + spikesText(spikes)), stdout);
    }
    if (result.store.rowCount() == 0) {
        printLine(tr("No log rows could be read from: %1").arg(paths.join(QStringLiteral(", "))));
        return 1;
    }
    return 0;
}
