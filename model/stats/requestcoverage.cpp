#include "requestcoverage.h"

#include "logstore.h"
#include "requeststore.h"
#include "timeutil.h"

#include <algorithm>
#include <cstdint>

namespace {
struct Span
{
    int64_t first = INT64_MAX;
    int64_t last = INT64_MIN;
    bool any() const { return first <= last; }
    void add(int64_t t)
    {
        first = std::min(first, t);
        last = std::max(last, t);
    }
    QString text() const
    {
        return TimeUtil::formatIso(first) + QStringLiteral(" – ") + TimeUtil::formatIso(last);
    }
};

// The span of each server's rows (indexed by server).
std::vector<Span> spansByServer(const TimedRows &rows, size_t servers)
{
    std::vector<Span> spans(servers);
    for (size_t r = 0; r < rows.rowCount(); ++r) {
        const uint32_t server = rows.serverOf(r);
        if (server >= spans.size())
            spans.resize(server + 1);
        spans[server].add(rows.time(r));
    }
    return spans;
}

// The file of the first row of `server` in `rows`, for the problem's path; -1 for none.
int firstFileOf(uint32_t server, const TimedRows &rows)
{
    for (size_t r = 0; r < rows.rowCount(); ++r) {
        if (rows.serverOf(r) == server)
            return int(rows.fileIndex(r));
    }
    return -1;
}
} // namespace

std::vector<LogProblem> RequestCoverage::check(const LogStore &httperr,
                                               const RequestStore &requests)
{
    std::vector<LogProblem> problems;
    if (httperr.rowCount() == 0 || requests.rowCount() == 0)
        return problems;
    const size_t servers = size_t(std::max(requests.fileSet().serverCount(), 1));
    const std::vector<Span> access = spansByServer(requests, servers);
    const std::vector<Span> errors = spansByServer(httperr, access.size());
    Span all;
    all.add(httperr.firstTime());
    all.add(httperr.lastTime());
    for (uint32_t s = 0; s < access.size(); ++s) {
        if (!access[s].any())
            continue;
        const Span &other = s < errors.size() && errors[s].any() ? errors[s] : all;
        if (access[s].last >= other.first && access[s].first <= other.last)
            continue;
        LogProblem p;
        p.code = LogProblem::Code::NoOverlap;
        const LogFileSet &files = requests.fileSet();
        p.fileIndex = firstFileOf(s, requests);
        p.path = p.fileIndex >= 0 ? files.files().value(p.fileIndex) : files.serverKey(s);
        p.detail = access[s].text() + QLatin1Char('\n') + other.text();
        problems.push_back(p);
    }
    return problems;
}
