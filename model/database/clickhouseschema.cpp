#include "clickhouseschema.h"

#include "sqltext.h"

std::optional<int> ClickHouseSchema::fieldColumnIndex(LogField field)
{
    for (size_t i = 0; i < FieldColumns.size(); ++i) {
        if (FieldColumns[i].field == field)
            return int(i);
    }
    return std::nullopt;
}

const char *ClickHouseSchema::columnOf(LogField field)
{
    const std::optional<int> i = fieldColumnIndex(field);
    return i ? FieldColumns[size_t(*i)].column : nullptr;
}

QList<QByteArray> ClickHouseSchema::createStatements(const QString &database)
{
    QByteArray fields;
    for (const FieldColumn &c : FieldColumns)
        fields += QByteArray(c.column) + " String, ";
    return {
        "CREATE DATABASE IF NOT EXISTS " + SqlText::identifier(database),
        "CREATE TABLE IF NOT EXISTS " + SqlText::table(database, RowsTable)
            + " (ts DateTime, server String, file_key UInt64, line UInt32, layout UInt16, " + fields
            + "ip_kind UInt8, ip_v4 Int64, ip_v6 FixedString(16), extra Array(String)) "
              "ENGINE = MergeTree PARTITION BY toYYYYMM(ts) ORDER BY (ts, server)",
        "CREATE TABLE IF NOT EXISTS " + SqlText::table(database, FilesTable)
            + " (file_key UInt64, server String, path String, hash String, bytes UInt64, "
              "rows UInt64, malformed UInt64, first DateTime, last DateTime, "
              "columns Array(String), layouts Array(String), ingested DateTime) "
              "ENGINE = MergeTree ORDER BY (server, path, file_key)",
    };
}

QByteArray ClickHouseSchema::rowColumns()
{
    QByteArray out = "ts, server, file_key, line, layout, ";
    for (const FieldColumn &c : FieldColumns)
        out += QByteArray(c.column) + ", ";
    return out + "ip_kind, ip_v4, ip_v6, extra";
}

QByteArray ClickHouseSchema::insertRows(const QString &database)
{
    return "INSERT INTO " + SqlText::table(database, RowsTable) + " (" + rowColumns()
           + ") FORMAT RowBinary";
}

QByteArray ClickHouseSchema::insertFiles(const QString &database)
{
    return "INSERT INTO " + SqlText::table(database, FilesTable)
           + " (file_key, server, path, hash, bytes, rows, malformed, first, last, columns, "
             "layouts, ingested) FORMAT RowBinary";
}

QByteArray ClickHouseSchema::source(const QString &database, const QString &cluster,
                                    const char *table)
{
    if (cluster.isEmpty())
        return SqlText::table(database, table);
    return "cluster(" + SqlText::literal(cluster) + ", " + SqlText::literal(database) + ", "
           + SqlText::literal(QString::fromLatin1(table)) + ")";
}

QByteArray ClickHouseSchema::committed(const QString &database)
{
    // A plain IN runs on each shard against that shard's ledger, where a file's rows and its
    // ledger entry both are.
    return "file_key IN (SELECT file_key FROM " + SqlText::table(database, FilesTable) + ")";
}
