#include "logsummary.h"

#include "textdecode.h"
#include "timeutil.h"

#include <QCoreApplication>

#include <algorithm>

LogSummary LogSummary::compute(const LogStore &store, const std::vector<uint32_t> *rows)
{
    LogSummary s;
    s.files = int(store.files().size());
    const int reasonColumn = store.columnOf(LogField::Reason);
    const LogFileSet &set = store.fileSet();
    std::vector<uint64_t> perFile(size_t(set.fileCount()) + 1, 0);
    const IdColumn &fileIds = store.fileIds();
    std::vector<uint64_t> counts;
    if (reasonColumn >= 0)
        counts.assign(store.column(size_t(reasonColumn)).pool.size(), 0);
    auto visit = [&](size_t row) {
        const int64_t t = store.time(row);
        if (s.rows == 0 || t < s.first)
            s.first = t;
        if (s.rows == 0 || t > s.last)
            s.last = t;
        ++s.rows;
        ++perFile[std::min<size_t>(fileIds.at(row), perFile.size() - 1)];
        if (reasonColumn >= 0)
            ++counts[store.id(size_t(reasonColumn), row)];
    };
    if (rows) {
        for (const uint32_t r : *rows)
            visit(r);
    } else {
        for (size_t r = 0; r < store.rowCount(); ++r)
            visit(r);
    }
    for (uint32_t id = 0; id < counts.size(); ++id) {
        if (counts[id] == 0)
            continue;
        const auto text = store.column(size_t(reasonColumn)).pool.view(id);
        s.reasons.emplace_back(id == 0 ? QStringLiteral("-") : TextDecode::toQString(text),
                               counts[id]);
    }
    std::stable_sort(s.reasons.begin(), s.reasons.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (int server = 0; server < set.serverCount(); ++server)
        s.servers.emplace_back(set.serverName(uint32_t(server)), 0);
    for (int f = 0; f < set.fileCount(); ++f)
        s.servers[set.serverOf(uint32_t(f))].second += perFile[size_t(f)];
    return s;
}

QJsonObject LogSummary::toJson() const
{
    QJsonObject reasonObject;
    for (const auto &[reason, count] : reasons)
        reasonObject.insert(reason, qint64(count));
    QJsonObject o;
    o.insert(QStringLiteral("rows"), qint64(rows));
    o.insert(QStringLiteral("malformed"), qint64(malformed));
    o.insert(QStringLiteral("files"), files);
    o.insert(QStringLiteral("first"), rows ? QJsonValue(TimeUtil::formatIso(first)) : QJsonValue());
    o.insert(QStringLiteral("last"), rows ? QJsonValue(TimeUtil::formatIso(last)) : QJsonValue());
    o.insert(QStringLiteral("reasons"), reasonObject);
    QJsonObject serverObject;
    for (const auto &[server, count] : servers)
        serverObject.insert(server, qint64(count));
    o.insert(QStringLiteral("servers"), serverObject);
    return o;
}

QString LogSummary::toText() const
{
    auto tr = [](const char *t) { return QCoreApplication::translate("LogSummary", t); };
    QString out;
    out += tr("Rows: %1").arg(rows) + QLatin1Char('\n');
    out += tr("Malformed lines: %1").arg(malformed) + QLatin1Char('\n');
    out += tr("Files: %1").arg(files) + QLatin1Char('\n');
    if (rows) {
        out += tr("First: %1").arg(TimeUtil::formatIso(first)) + QLatin1Char('\n');
        out += tr("Last: %1").arg(TimeUtil::formatIso(last)) + QLatin1Char('\n');
    }
    if (!reasons.empty()) {
        out += tr("Reasons:") + QLatin1Char('\n');
        for (const auto &[reason, count] : reasons)
            out += QStringLiteral("  %1  %2\n").arg(count, 10).arg(reason);
    }
    if (servers.size() > 1) {
        out += tr("Servers:") + QLatin1Char('\n');
        for (const auto &[server, count] : servers)
            out += QStringLiteral("  %1  %2\n").arg(count, 10).arg(server);
    }
    return out;
}
