#include "clickhousecatalog.h"

#include "clickhouseschema.h"
#include "rowbinary.h"

#include <algorithm>

namespace {
QString text(RowBinaryReader &r)
{
    const std::string_view s = r.string();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QStringList list(RowBinaryReader &r)
{
    QStringList out;
    const uint64_t n = r.varint();
    for (uint64_t i = 0; i < n && !r.failed(); ++i)
        out << text(r);
    return out;
}
} // namespace

QByteArray ClickHouseCatalog::query(const ClickHouseUrl &url)
{
    // file_key orders the files as they were ingested (ingest start, then file order).
    return "SELECT file_key, server, path, rows, malformed, toUInt32(first), toUInt32(last), "
           "columns, layouts FROM "
           + ClickHouseSchema::source(url.database, url.cluster, ClickHouseSchema::FilesTable)
           + " ORDER BY file_key FORMAT RowBinary";
}

std::optional<ClickHouseCatalog> ClickHouseCatalog::parse(const QByteArray &answer)
{
    ClickHouseCatalog c;
    RowBinaryReader r(answer);
    while (!r.atEnd()) {
        File f;
        f.key = r.u64();
        f.server = text(r);
        f.path = text(r);
        f.rows = r.u64();
        f.malformed = r.u64();
        f.first = r.u32();
        f.last = r.u32();
        f.columns = list(r);
        f.layouts = list(r);
        if (r.failed())
            return std::nullopt;
        c.m_files.push_back(std::move(f));
    }
    QStringList paths;
    QStringList servers;
    bool any = false;
    for (size_t i = 0; i < c.m_files.size(); ++i) {
        const File &f = c.m_files[i];
        c.m_index.insert(f.key, int(i));
        paths << f.path;
        servers << f.server;
        c.m_malformed += f.malformed;
        c.m_rows += f.rows;
        if (f.rows > 0) {
            c.m_first = any ? std::min(c.m_first, f.first) : f.first;
            c.m_last = any ? std::max(c.m_last, f.last) : f.last;
            any = true;
        }
        for (const QString &name : f.columns) {
            const std::string id = name.toStdString();
            const LogField field = LogFields::fromId(id);
            const bool known =
                std::any_of(c.m_columns.begin(), c.m_columns.end(), [&](const auto &col) {
                    return field == LogField::Extra ? col.second == id : col.first == field;
                });
            if (!known)
                c.m_columns.emplace_back(field, id);
        }
    }
    c.m_fileSet = LogFileSet::fromParts(paths, paths, servers);
    return c;
}
