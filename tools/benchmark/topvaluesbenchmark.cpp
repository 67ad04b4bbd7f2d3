// The Top Values dock after a filter change: counting every passing row's client IP, URL,
// reason, site, queue and file, then ranking each dimension (networks and servers included).
// Measured on its own (what the dock adds to the re-filter) and as the user waits for it: the
// re-filter plus the new top lists. Issue 16 asks for 100 ms at 1M rows and 1 s at 10M.
#include "benchmark.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "topvaluesmodel.h"

HTTPERR_BENCHMARK(topvalues)
{
    LogFilterModel &filter = context.filter;
    TopValuesModel top(&filter);
    top.setActive(true);
    FilterState none;
    FilterState half;
    half.excludedReasons = {QStringLiteral("Timer_ConnectionIdle")};
    for (const auto &[name, state] :
         {std::make_pair(QStringLiteral("no filter"), none),
          std::make_pair(QStringLiteral("without Timer_ConnectionIdle"), half)}) {
        filter.setFilterState(state);
        const double count = medianMs([&top] { top.setLimit(25); }, [&top] { top.flush(); });
        report(context,
               QStringLiteral("top values, count and rank [%1, %2 rows]")
                   .arg(name)
                   .arg(filter.rowCount()),
               count, "ms");
    }
    const double change = medianMs([&filter, &none] { filter.setFilterState(none); },
                                   [&filter, &top, &half] {
                                       filter.setFilterState(half);
                                       top.flush();
                                   });
    report(context, QStringLiteral("filter change + top values [%1 rows]").arg(filter.rowCount()),
           change, "ms");
}
