// Bytes per row the filter model holds, unfiltered and sorted (its worst case).
#include "benchmark.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"

HTTPERR_BENCHMARK(memory)
{
    LogFilterModel &model = context.filter;
    const double rows = double(context.table.store().rowCount());
    model.setFilterState({});
    model.sort(-1);
    report(context, QStringLiteral("filter model memory, no filter"),
           double(model.memoryBytes()) / rows, "bytes/row");
    model.sort(context.table.columnOf(LogField::Uri));
    report(context, QStringLiteral("filter model memory, sorted by url"),
           double(model.memoryBytes()) / rows, "bytes/row");
    model.sort(-1);
    report(context, QStringLiteral("store memory (for comparison)"),
           double(context.table.store().memoryBytes()) / rows, "bytes/row");
}
