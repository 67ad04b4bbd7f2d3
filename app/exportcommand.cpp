#include "exportcommand.h"

#include "commandline.h"
#include "directloader.h"
#include "exportjob.h"
#include "filterdescription.h"
#include "reportassembler.h"
#include "reportwriter.h"
#include "rowfilter.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// The rows the command-line filters let through (the window's RowFilter, so both agree), in
// log order; null for every row.
std::shared_ptr<const std::vector<uint32_t>> selectRows(const LogStore &store,
                                                        const CommandLineOptions &options)
{
    if (options.filter.isEmpty())
        return nullptr;
    RowFilter filter(options.filter);
    filter.attach(&store);
    auto rows = std::make_shared<std::vector<uint32_t>>();
    rows->reserve(store.rowCount());
    filter.collect(0, store.rowCount(), *rows);
    return rows;
}

bool exportRows(const LogStore &store, const std::shared_ptr<const std::vector<uint32_t>> &rows,
                const CommandLineOptions &options)
{
    ExportJob::Request request;
    request.store = &store;
    request.rows = rows;
    request.format = *ExportFormats::fromPath(options.exportPath);
    request.anonymize = options.anonymize;
    request.path = options.exportPath;
    const ExportJob::Result result = ExportJob::run(request);
    if (!result.ok()) {
        printError(result.error);
        return false;
    }
    std::printf("%s\n",
                qPrintable(QCoreApplication::translate("ExportCommand", "Exported %Ln row(s) to %1",
                                                       nullptr, int(result.rows))
                               .arg(QDir::toNativeSeparators(options.exportPath))));
    return true;
}

bool writeReport(const LogStore &store, const std::shared_ptr<const std::vector<uint32_t>> &rows,
                 const CommandLineOptions &options)
{
    ReportAssembler::Input input;
    input.store = &store;
    input.rows = rows.get();
    input.anonymize = options.anonymize;
    input.filters = FilterDescription::lines(options.filter);
    const QString error = ReportWriter::write(ReportAssembler::assemble(input), options.reportPath);
    if (!error.isEmpty()) {
        printError(error);
        return false;
    }
    std::printf("%s\n",
                qPrintable(QCoreApplication::translate("ExportCommand", "Report written to %1")
                               .arg(QDir::toNativeSeparators(options.reportPath))));
    return true;
}
} // namespace

int ExportCommand::run(const CommandLineOptions &options)
{
    const QStringList paths =
        options.paths.isEmpty() ? QStringList{CommandLine::demoLogPath()} : options.paths;
    DirectLoader::Result loaded;
    DirectLoader::load(paths, loaded);
    if (loaded.store.rowCount() == 0) {
        printError(tr("No log rows could be read from: %1").arg(paths.join(QStringLiteral(", "))));
        return 1;
    }
    const auto rows = selectRows(loaded.store, options);
    bool ok = true;
    if (!options.exportPath.isEmpty())
        ok = exportRows(loaded.store, rows, options);
    if (ok && !options.reportPath.isEmpty())
        ok = writeReport(loaded.store, rows, options);
    return ok ? 0 : 1;
}
