// The timeline's counting: building the per-second histogram, re-binning it for a zoom,
// recounting after a filter change (with spike detection) and summarising a spike. Run on the
// generated day and on the same number of rows spread over a month (the harder case for
// re-binning: about one distinct second per row).
#include "benchmark.h"

#include "bucketsizer.h"
#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "timelinedata.h"
#include "timeutil.h"

namespace {
// Rows of a few reasons spread over `days` days (plus one burst), appended like the loader.
void fillMonth(LogTableModel &table, size_t rows, int days)
{
    static const char *const reasons[] = {
        "Timer_ConnectionIdle", "Timer_ConnectionIdle", "Timer_ConnectionIdle",    "Client_Reset",
        "Connection_Dropped",   "BadRequest",           "Timer_MinBytesPerSecond", "NotFound"};
    const int64_t start = TimeUtil::daysFromCivil(2026, 3, 1) * 86400;
    const int64_t span = int64_t(days) * 86400;
    uint64_t state = 20260301;
    size_t done = 0;
    while (done < rows) {
        LogBatch batch;
        const size_t reason = batch.columnFor(LogField::Reason, "s-reason");
        const size_t n = std::min<size_t>(100000, rows - done);
        for (size_t i = 0; i < n; ++i) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            batch.times.push_back(start + int64_t((done + i) * uint64_t(span) / rows));
            batch.lines.push_back(uint32_t(done + i + 1));
            batch.columns[reason].ids.push_back(
                batch.columns[reason].pool.intern(reasons[(state >> 33) % 8]));
        }
        table.appendBatch(batch);
        done += n;
    }
}

void measure(BenchmarkContext &context, LogTableModel &table, LogFilterModel &filter,
             const QString &data)
{
    TimelineData timeline(&table);
    timeline.flush();
    const double build =
        medianMs([&timeline] { timeline.setRowCollector({}); }, [&timeline] { timeline.flush(); });
    report(context, QStringLiteral("timeline %1: count all rows + spikes").arg(data), build, "ms");

    const ReasonHistogram &h = timeline.histogram();
    const int64_t span = h.lastTime() - h.firstTime() + 1;
    // Eight series, as the chart draws them.
    std::vector<int> slotOf(h.reasonCount());
    for (size_t r = 0; r < slotOf.size(); ++r)
        slotOf[r] = int(r % 8);
    struct View
    {
        const char *name;
        int64_t span;
        int64_t step;
    };
    const View views[] = {{"whole log, auto bucket", span, BucketSizer::autoStep(span)},
                          {"whole log, 2000 buckets", span, BucketSizer::autoStep(span, 2000)},
                          {"one hour, auto bucket", 3600, BucketSizer::autoStep(3600)}};
    for (const View &v : views) {
        const size_t buckets = size_t(v.span / v.step + 1);
        const double ms =
            medianMs([] {}, [&] { h.rebin(h.firstTime(), v.step, buckets, slotOf, 8); }, 5);
        report(context,
               QStringLiteral("timeline %1: re-bin %2 [%3]")
                   .arg(data, QString::fromLatin1(v.name), BucketSizer::label(v.step)),
               ms, "ms");
    }

    timeline.followFilter(filter.rowFilter());
    FilterState one;
    one.reasons = {QStringLiteral("Connection_Dropped"), QStringLiteral("BadRequest")};
    FilterState combined = one;
    combined.clientIp = QStringLiteral("!2001:db8::/32");
    combined.from = h.firstTime() + 3600; // ignored by the count, shaded only
    for (const auto &[name, state] : {std::pair{QStringLiteral("two reasons"), one},
                                      std::pair{QStringLiteral("two reasons, "
                                                               "client ip, time"),
                                                combined}}) {
        filter.setFilterState(state);
        const double ms = medianMs(
            [&timeline] {
                timeline.setRowCollector({});
                timeline.flush();
            },
            [&timeline, &filter] {
                timeline.followFilter(filter.rowFilter());
                timeline.flush();
            });
        report(context, QStringLiteral("timeline %1: recount after filter (%2)").arg(data, name),
               ms, "ms");
    }
    filter.setFilterState({});
    timeline.followFilter(filter.rowFilter());
    timeline.flush();
    const double detect = medianMs([&timeline] { timeline.setDetectAllReasons(false); },
                                   [&timeline] { timeline.setDetectAllReasons(true); });
    report(context, QStringLiteral("timeline %1: spikes in all reasons").arg(data), detect, "ms");
    if (!timeline.spikes().empty()) {
        const double summary = medianMs([] {}, [&timeline] { timeline.summarize(0); });
        report(context, QStringLiteral("timeline %1: summarise a spike").arg(data), summary, "ms");
    }
}
} // namespace

HTTPERR_BENCHMARK(timeline)
{
    measure(context, context.table, context.filter, QStringLiteral("(one day)"));
    LogTableModel month;
    LogFilterModel filter;
    filter.setSourceModel(&month);
    filter.setLoading(true);
    fillMonth(month, size_t(context.table.rowCount()), 30);
    filter.setLoading(false);
    measure(context, month, filter, QStringLiteral("(30 days)"));
}
