#include "summarycommand.h"

#include "commandline.h"
#include "directloader.h"
#include "logsummary.h"
#include "rowfilter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
constexpr size_t MaxProblemsPrinted = 50;

void printProblems(const std::vector<LogProblem> &problems)
{
    size_t printed = 0;
    for (const LogProblem &p : problems) {
        if (printed == MaxProblemsPrinted) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("SummaryCommand", "... and %1 more problems")
                               .arg(problems.size() - printed)));
            break;
        }
        const QString where = p.line > 0 ? QStringLiteral("%1:%2").arg(p.path).arg(p.line) : p.path;
        QString text = where + QStringLiteral(": ") + p.message();
        if (!p.raw.isEmpty())
            text += QStringLiteral(": ") + QString::fromUtf8(p.raw);
        std::fprintf(stderr, "%s\n", qPrintable(text));
        ++printed;
    }
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
    if (options.json) {
        QJsonObject object = summary.toJson();
        if (filtered)
            object.insert(QStringLiteral("rowsBeforeFilter"), qint64(result.store.rowCount()));
        const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else {
        if (filtered)
            std::fputs(qPrintable(QCoreApplication::translate("SummaryCommand",
                                                              "Filtered: %1 of %2 rows pass\n")
                                      .arg(passing.size())
                                      .arg(result.store.rowCount())),
                       stdout);
        std::fputs(qPrintable(summary.toText()), stdout);
    }
    if (result.store.rowCount() == 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("SummaryCommand",
                                                            "No log rows could be read from: %1")
                                    .arg(paths.join(QStringLiteral(", ")))));
        return 1;
    }
    return 0;
}
