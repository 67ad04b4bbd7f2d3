#include "reportdatacollector.h"

#include "clientipanonymizer.h"
#include "filecoverage.h"
#include "logsummary.h"
#include "textdecode.h"
#include "timeutil.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace {
template <typename F> void forRows(const LogStore &store, const std::vector<uint32_t> *rows, F &&f)
{
    if (rows) {
        for (const uint32_t r : *rows)
            f(size_t(r));
    } else {
        for (size_t r = 0; r < store.rowCount(); ++r)
            f(r);
    }
}

void collectFiles(const LogStore &store, ReportData &data)
{
    const QStringList files = store.files();
    FileCoverage coverage;
    coverage.reset();
    coverage.append(store);
    data.files.resize(std::max(size_t(files.size()), coverage.files().size()));
    for (size_t i = 0; i < data.files.size(); ++i) {
        ReportData::FileSpan &f = data.files[i];
        f.path = files.value(qsizetype(i));
        f.relative = store.fileSet().relativePath(uint32_t(i));
        if (i < coverage.files().size()) {
            const FileCoverage::File &c = coverage.files()[i];
            f.rows = c.rows;
            f.first = c.span.start;
            f.last = c.span.end;
        }
    }
    for (const FileCoverage::Span &g : coverage.significantGaps())
        data.gaps.push_back({g.start, g.end});
}

// Files, filtered rows and their span per server, when the rows come from several.
void collectServers(const LogStore &store, const std::vector<uint32_t> *rows, ReportData &data)
{
    const LogFileSet &set = store.fileSet();
    if (set.serverCount() < 2)
        return;
    data.servers.resize(size_t(set.serverCount()));
    for (int s = 0; s < set.serverCount(); ++s)
        data.servers[size_t(s)].name = set.serverName(uint32_t(s));
    for (int f = 0; f < set.fileCount(); ++f)
        ++data.servers[set.serverOf(uint32_t(f))].files;
    forRows(store, rows, [&](size_t r) {
        ReportData::Server &server = data.servers[set.serverOf(store.fileIndex(r))];
        const int64_t t = store.time(r);
        if (server.rows == 0 || t < server.first)
            server.first = t;
        if (server.rows == 0 || t > server.last)
            server.last = t;
        ++server.rows;
    });
}

// The short set of columns the report's table shows (those the store has), with the share
// of the width each needs: the time on one line, the URL with the most room.
void collectTable(const LogStore &store, const std::vector<uint32_t> *rows, size_t count,
                  ClientIpAnonymizer *anonymizer, ReportData &data)
{
    static const std::pair<LogField, int> fields[] = {
        {LogField::Reason, 20}, {LogField::Status, 7}, {LogField::ClientIp, 14},
        {LogField::Method, 7},  {LogField::Uri, 26},   {LogField::QueueName, 8}};
    // Every column gets at least what its one-word header or the time needs on one line
    // (QTextDocument shares the width out evenly when a column needs more than its share).
    constexpr int TimeWeight = 18;
    std::vector<int> columns;
    std::vector<int> weights{TimeWeight};
    const DisplayZone &zone = data.displayZone;
    data.tableHeader << QCoreApplication::translate("ReportDataCollector", "Time (%1)")
                            .arg(zone.isUtc() ? QStringLiteral("UTC") : zone.name());
    for (const auto &[field, weight] : fields) {
        const int c = store.columnOf(field);
        if (c < 0)
            continue;
        columns.push_back(c);
        weights.push_back(weight);
        data.tableHeader << LogFields::title(field);
    }
    const int sum = std::accumulate(weights.begin(), weights.end(), 0);
    for (const int w : weights)
        data.tableWidths.push_back(w * 100 / sum);

    const int ipColumn = store.columnOf(LogField::ClientIp);
    const size_t total = rows ? rows->size() : store.rowCount();
    for (size_t i = 0; i < std::min(count, total); ++i) {
        const size_t r = rows ? (*rows)[i] : i;
        QStringList cells{TimeUtil::formatUtc(zone.toWallClock(store.time(r)))};
        for (const int c : columns) {
            std::string_view text = store.text(size_t(c), r);
            if (anonymizer && c == ipColumn)
                text = anonymizer->pseudonym(store.id(size_t(c), r), text);
            cells << (text.empty() ? QStringLiteral("-") : TextDecode::toQString(text));
        }
        data.tableRows.push_back(cells);
    }
}
} // namespace

std::vector<ReportData::Count> ReportDataCollector::topValues(const LogStore &store, int column,
                                                              const std::vector<uint32_t> *rows,
                                                              size_t count,
                                                              ClientIpAnonymizer *anonymizer)
{
    std::vector<ReportData::Count> out;
    if (column < 0)
        return out;
    const LogStore::Column &c = store.column(size_t(column));
    std::vector<uint64_t> counts(c.pool.size(), 0);
    forRows(store, rows, [&](size_t r) { ++counts[c.ids.at(r)]; });
    std::vector<uint32_t> ids;
    for (uint32_t id = 1; id < counts.size(); ++id) {
        if (counts[id])
            ids.push_back(id);
    }
    const size_t n = std::min(count, ids.size());
    std::partial_sort(ids.begin(), ids.begin() + std::ptrdiff_t(n), ids.end(),
                      [&](uint32_t a, uint32_t b) {
                          return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
                      });
    for (size_t i = 0; i < n; ++i) {
        std::string_view text = c.pool.view(ids[i]);
        if (anonymizer)
            text = anonymizer->pseudonym(ids[i], text);
        out.push_back({TextDecode::toQString(text), counts[ids[i]]});
    }
    return out;
}

ReportData ReportDataCollector::collect(const LogStore &store, const std::vector<uint32_t> *rows,
                                        const Options &options, ClientIpAnonymizer *anonymizer)
{
    ReportData data;
    data.created = QDateTime::currentDateTime();
    data.anonymized = anonymizer != nullptr;
    data.displayZone = options.zone;
    collectFiles(store, data);

    const LogSummary all = LogSummary::compute(store);
    data.totalRows = all.rows;
    data.first = all.first;
    data.last = all.last;
    const LogSummary filtered = rows ? LogSummary::compute(store, rows) : all;
    data.filteredRows = filtered.rows;
    data.filteredFirst = filtered.first;
    data.filteredLast = filtered.last;
    for (const auto &[reason, count] : filtered.reasons)
        data.reasons.push_back({reason, count});
    collectServers(store, rows, data);

    data.topClients =
        topValues(store, store.columnOf(LogField::ClientIp), rows, options.topCount, anonymizer);
    data.topUrls = topValues(store, store.columnOf(LogField::Uri), rows, options.topCount);
    collectTable(store, rows, options.tableRows, anonymizer, data);
    return data;
}
