// Time to export every row, and the rows a filter keeps, to each format: real files written
// through QSaveFile into a temporary folder, as the window and --export do.
#include "benchmark.h"

#include "exportjob.h"
#include "logfiltermodel.h"
#include "logtablemodel.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace {
void exportOnce(const ExportJob::Request &request, uint64_t &bytes)
{
    const ExportJob::Result result = ExportJob::run(request);
    if (!result.ok())
        std::fprintf(stderr, "export failed: %s\n", qPrintable(result.error));
    bytes = result.bytes;
}
} // namespace

HTTPERR_BENCHMARK(exports)
{
    QTemporaryDir dir;
    const LogStore &store = context.table.store();
    struct Kind
    {
        const char *name;
        ExportFormat format;
        bool anonymize;
    };
    const Kind kinds[] = {{"export CSV", ExportFormat::Csv, false},
                          {"export CSV, anonymised", ExportFormat::Csv, true},
                          {"export TSV", ExportFormat::Tsv, false},
                          {"export JSON Lines", ExportFormat::JsonLines, false},
                          {"export httperr .log", ExportFormat::HttpErr, false}};
    for (const Kind &kind : kinds) {
        ExportJob::Request request;
        request.store = &store;
        request.format = kind.format;
        request.anonymize = kind.anonymize;
        request.path =
            dir.filePath(QStringLiteral("rows.") + ExportFormats::extension(kind.format));
        uint64_t bytes = 0;
        const double ms = medianMs([] {}, [&] { exportOnce(request, bytes); });
        report(context,
               QStringLiteral("%1, all rows and columns [%2 MB]")
                   .arg(QString::fromLatin1(kind.name))
                   .arg(double(bytes) / 1e6, 0, 'f', 0),
               ms, "ms");
    }

    // The rows one reason keeps, in the filter model's order.
    FilterState state;
    state.excludedReasons = {QStringLiteral("Timer_ConnectionIdle")};
    context.filter.setFilterState(state);
    ExportJob::Request request;
    request.store = &store;
    request.rows = std::make_shared<const std::vector<uint32_t>>(context.filter.sourceRows());
    request.path = dir.filePath(QStringLiteral("filtered.csv"));
    uint64_t bytes = 0;
    const double ms = medianMs([] {}, [&] { exportOnce(request, bytes); });
    report(context,
           QStringLiteral("export CSV, rows passing a filter [%1 rows]").arg(request.rows->size()),
           ms, "ms");
    context.filter.setFilterState({});
}
