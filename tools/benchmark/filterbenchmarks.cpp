// Time of each kind of filter change on the filter model (re-filter, reason counts, reset),
// starting from no filter, and of clearing all filters.
#include "benchmark.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"
#include "timeutil.h"

namespace {
FilterState timeRange()
{
    FilterState s;
    const int64_t day = TimeUtil::daysFromCivil(2026, 3, 10) * 86400;
    s.from = day + 10 * 3600;
    s.to = day + 11 * 3600 - 1;
    return s;
}

std::vector<std::pair<QString, FilterState>> filterKinds()
{
    std::vector<std::pair<QString, FilterState>> kinds;
    auto add = [&kinds](const char *name, auto edit) {
        FilterState s;
        edit(s);
        kinds.emplace_back(QString::fromLatin1(name), s);
    };
    add("filter reason (one)", [](FilterState &s) { s.reasons = {QStringLiteral("QueueFull")}; });
    add("filter reason (exclude two)", [](FilterState &s) {
        s.excludedReasons = {QStringLiteral("Timer_ConnectionIdle"),
                             QStringLiteral("Connection_Dropped")};
    });
    add("filter client ip (exact)", [](FilterState &s) { s.clientIp = QStringLiteral("::1"); });
    add("filter client ip (CIDR 10.1.0.0/16)",
        [](FilterState &s) { s.clientIp = QStringLiteral("10.1.0.0/16"); });
    add("filter client ip (wildcard 192.168.*)",
        [](FilterState &s) { s.clientIp = QStringLiteral("192.168.*"); });
    add("filter client ip (v6 block, negated)",
        [](FilterState &s) { s.clientIp = QStringLiteral("!2001:db8::/32"); });
    add("filter url (substring)", [](FilterState &s) { s.url = QStringLiteral("orders"); });
    add("filter url (wildcard)", [](FilterState &s) { s.url = QStringLiteral("/products/1*"); });
    add("filter url (regex)", [](FilterState &s) { s.url = QStringLiteral("re:^/api/v\\d/"); });
    add("filter time (one hour)", [](FilterState &s) { s = timeRange(); });
    add("filter status (503, 404)", [](FilterState &s) { s.status = QStringLiteral("503, 404"); });
    add("filter combined (reason+ip+url+time)", [](FilterState &s) {
        s = timeRange();
        s.reasons = {QStringLiteral("BadRequest"), QStringLiteral("Hostname")};
        s.clientIp = QStringLiteral("10.*");
        s.url = QStringLiteral("!static");
    });
    return kinds;
}

FilterState combined()
{
    return filterKinds().back().second;
}
} // namespace

HTTPERR_BENCHMARK(filters)
{
    LogFilterModel &model = context.filter;
    for (const auto &[name, state] : filterKinds()) {
        const double ms = medianMs([&model] { model.setFilterState({}); },
                                   [&model, &state = state] { model.setFilterState(state); });
        report(context, QStringLiteral("%1 [%2 rows]").arg(name).arg(model.rowCount()), ms, "ms");
    }
    const FilterState all = combined();
    const double clear = medianMs([&model, &all] { model.setFilterState(all); },
                                  [&model] { model.setFilterState({}); });
    report(context, QStringLiteral("clear all filters"), clear, "ms");
}
