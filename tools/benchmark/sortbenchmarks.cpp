// Time to sort the filter model (all rows shown) by time, client IP and URL.
#include "benchmark.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"

HTTPERR_BENCHMARK(sorting)
{
    LogFilterModel &model = context.filter;
    model.setFilterState({});
    struct Sort
    {
        const char *name;
        int column;
        Qt::SortOrder order;
    };
    const Sort sorts[] = {
        {"sort by time (newest first)", 0, Qt::DescendingOrder},
        {"sort by client ip", context.table.columnOf(LogField::ClientIp), Qt::AscendingOrder},
        {"sort by url", context.table.columnOf(LogField::Uri), Qt::AscendingOrder},
    };
    for (const Sort &s : sorts) {
        // The first run includes working out the sort keys of every distinct value.
        const double ms = medianMs([&model] { model.sort(-1); },
                                   [&model, &s] { model.sort(s.column, s.order); }, 1);
        report(context, QString::fromLatin1(s.name), ms, "ms");
        const double again =
            medianMs([&model] { model.sort(-1); }, [&model, &s] { model.sort(s.column, s.order); });
        report(context, QString::fromLatin1(s.name) + QStringLiteral(" (keys known)"), again, "ms");
    }
    model.sort(context.table.columnOf(LogField::Uri), Qt::AscendingOrder);
    FilterState state;
    state.reasons = {QStringLiteral("BadRequest")};
    const double ms = medianMs([&model] { model.setFilterState({}); },
                               [&model, &state] { model.setFilterState(state); });
    report(context, QStringLiteral("filter reason while sorted by url"), ms, "ms");
    model.sort(-1);
}
