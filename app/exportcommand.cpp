#include "exportcommand.h"

#include "commandline.h"
#include "console.h"
#include "exportjob.h"
#include "filterdescription.h"
#include "headlessinput.h"
#include "reportassembler.h"
#include "reportwriter.h"
#include "requesttable.h"
#include "spikesearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace {
bool toStdout(const CommandLineOptions &options)
{
    return options.exportPath == QLatin1String("-");
}

// The columns --columns names, in its order; nothing (with the reason said) when a name is
// no column of the loaded rows.
std::optional<std::vector<ExportColumn>> chosenColumns(const LogStore &store,
                                                       const QStringList &names)
{
    std::vector<ExportColumn> out;
    for (const QString &name : names) {
        const std::optional<ExportColumn> column = ExportColumn::find(store, name.toStdString());
        if (!column) {
            QStringList known;
            for (const std::string &n : ExportColumn::names(store))
                known << QString::fromStdString(n);
            Console::error(
                QCoreApplication::translate(
                    "ExportCommand", "--columns: the rows have no column “%1”; they have %2.")
                    .arg(name, known.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (std::find(out.begin(), out.end(), *column) == out.end())
            out.push_back(*column);
    }
    return out;
}

ExportJob::Result writeToStdout(const ExportJob::Request &request)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        ExportJob::Result failed;
        failed.error =
            QCoreApplication::translate("ExportCommand", "Cannot write to standard output: %1.")
                .arg(out.errorString());
        return failed;
    }
    ExportJob::Result result = ExportJob::write(request, out);
    if (!out.flush() && result.ok()) {
        result.status = ExportJob::Result::Status::Failed;
        result.error = out.errorString();
    }
    if (!result.ok() && result.error.isEmpty())
        result.error =
            QCoreApplication::translate("ExportCommand", "Cannot write to standard output: %1.")
                .arg(out.errorString());
    return result;
}
} // namespace

int ExportCommand::exportRows(const HeadlessInput &input, const CommandLineOptions &options)
{
    ExportJob::Request request;
    request.store = &input.store();
    request.rows = input.rows;
    LogStore requests; // with --requests: the access-log rows as a table of text columns
    if (options.exportRequests) {
        RequestTable::fill(input.loaded.requests, requests);
        request.store = &requests;
        request.rows = nullptr;
    }
    request.format = options.exportFormat;
    request.anonymize = options.anonymize;
    request.path = options.exportPath;
    if (!options.columns.isEmpty()) {
        const auto columns = chosenColumns(*request.store, options.columns);
        if (!columns)
            return CommandLine::UsageError;
        request.columns = *columns;
    }
    const ExportJob::Result result =
        toStdout(options) ? writeToStdout(request) : ExportJob::run(request);
    if (!result.ok()) {
        Console::error(result.error);
        return CommandLine::Failure;
    }
    const QString target = toStdout(options)
                               ? QCoreApplication::translate("ExportCommand", "standard output")
                               : QDir::toNativeSeparators(options.exportPath);
    Console::status(QCoreApplication::translate("ExportCommand", "Exported %Ln row(s) to %1",
                                                nullptr, int(result.rows))
                        .arg(target));
    return CommandLine::Success;
}

int ExportCommand::writeReport(const HeadlessInput &input, const CommandLineOptions &options)
{
    ReportAssembler::Input report;
    report.store = &input.store();
    report.rows = input.rows.get();
    report.anonymize = options.anonymize;
    report.filters = FilterDescription::lines(options.filter);
    report.bookmarks = input.bookmarks;
    report.zone = input.zone;
    report.requests = {&input.loaded.requests, options.slowSeconds};
    if (options.reportSpike > 0) {
        // Numbered as --summary lists them: found over the same rows.
        const SpikeSearch search(input.store(), input.rows.get());
        const size_t count = search.spikes().size();
        if (size_t(options.reportSpike) > count) {
            Console::error(QCoreApplication::translate(
                               "ExportCommand",
                               "--spike %1: the rows have %Ln spike(s) (as --summary lists them).",
                               nullptr, int(count))
                               .arg(options.reportSpike));
            return CommandLine::UsageError;
        }
        report.spike = search.summarize(size_t(options.reportSpike - 1));
    }
    const QString error =
        ReportWriter::write(ReportAssembler::assemble(report), options.reportPath);
    if (!error.isEmpty()) {
        Console::error(error);
        return CommandLine::Failure;
    }
    Console::status(QCoreApplication::translate("ExportCommand", "Report written to %1")
                        .arg(QDir::toNativeSeparators(options.reportPath)));
    return CommandLine::Success;
}
