// Find (Ctrl+F) over every column of the passing rows, without filtering: what the find bar
// waits for when the text changes (every match found and counted) and what F3 then costs (the
// next match after the current row). A rare text, a common one and one found nowhere.
#include "benchmark.h"

#include "logfiltermodel.h"
#include "rowfinder.h"

HTTPERR_BENCHMARK(find)
{
    LogFilterModel &filter = context.filter;
    filter.setFilterState({});
    for (const QString &text : {QStringLiteral("login.php"), QStringLiteral("queuefull"),
                                QStringLiteral("no-such-text")}) {
        RowFinder finder;
        const double run = medianMs([&finder] { finder.clear(); },
                                    [&finder, &filter, &text] { finder.run(filter, text); });
        report(context,
               QStringLiteral("find \"%1\", all columns [%2 of %3 rows match]")
                   .arg(text)
                   .arg(finder.count())
                   .arg(filter.rowCount()),
               run, "ms");
        // F3 from every thousandth row: the next match after it.
        const int rows = filter.rowCount();
        const int step = std::max(1, rows / 1000);
        int found = 0;
        const double start = nowSeconds();
        for (int row = 0; row < rows; row += step)
            found += finder.next(row, 1) >= 0 ? 1 : 0;
        const double perCall = (nowSeconds() - start) * 1e6 / double((rows + step - 1) / step);
        report(context, QStringLiteral("find next (F3) after \"%1\"").arg(text), perCall, "us",
               QStringLiteral("%1 calls found a match").arg(found));
    }
}
