#include "summarycommand.h"

#include "commandline.h"
#include "directloader.h"
#include "logsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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

    LogSummary summary = LogSummary::compute(result.store);
    summary.malformed = result.malformed;
    if (options.json) {
        const QByteArray json = QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else {
        std::fputs(qPrintable(summary.toText()), stdout);
    }
    if (summary.rows == 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("SummaryCommand",
                                                            "No log rows could be read from: %1")
                                    .arg(paths.join(QStringLiteral(", ")))));
        return 1;
    }
    return 0;
}
