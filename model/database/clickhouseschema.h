#pragma once

#include "logfield.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// The tables the viewer keeps in a ClickHouse database, and the names its queries use.
//
// httperr_rows: one row per log row, MergeTree partitioned by month and ordered by time.
// The fields the queries filter and group by have typed columns of their own (the reason, the
// server, the client address also as numbers); the rarer fields of a row's layout ride along
// in `extra`, in the order of its #Fields line, which the ledger keeps.
// httperr_files: the ledger, one row per file ingested: its server, path, content hash, rows,
// malformed lines, time span, columns and #Fields layouts. Rows count only once their file is
// in the ledger (every query joins on file_key), so an ingest that stopped half-way leaves
// nothing visible, and a file whose server, path and hash are in the ledger is not sent again.
namespace ClickHouseSchema {
inline constexpr char RowsTable[] = "httperr_rows";
inline constexpr char FilesTable[] = "httperr_files";

// A log field with a column of its own: the field and the column name.
struct FieldColumn
{
    LogField field;
    const char *column;
};
// In the order of the columns of httperr_rows.
inline constexpr std::array<FieldColumn, 11> FieldColumns{{
    {LogField::ClientIp, "c_ip"},
    {LogField::ClientPort, "c_port"},
    {LogField::ServerIp, "s_ip"},
    {LogField::ServerPort, "s_port"},
    {LogField::Version, "cs_version"},
    {LogField::Method, "cs_method"},
    {LogField::Uri, "cs_uri"},
    {LogField::Status, "sc_status"},
    {LogField::SiteId, "s_siteid"},
    {LogField::Reason, "s_reason"},
    {LogField::QueueName, "s_queuename"},
}};
// The column of a field, or nothing when the field rides in `extra`.
std::optional<int> fieldColumnIndex(LogField field);
const char *columnOf(LogField field); // nullptr when in `extra`

// What ip_kind says about c_ip (as the client address filter reads it).
enum IpKind : uint8_t { NotAnAddress = 0, IPv4 = 4, IPv6 = 6 };

// CREATE DATABASE / TABLE … IF NOT EXISTS, in order.
QList<QByteArray> createStatements(const QString &database);
// The column list of httperr_rows as an INSERT names it.
QByteArray rowColumns();
QByteArray insertRows(const QString &database);
QByteArray insertFiles(const QString &database);

// Where queries read: the local table, or all shards of `cluster` through cluster().
QByteArray source(const QString &database, const QString &cluster, const char *table);
// The condition every query of rows adds: the row's file is in the ledger (of its shard).
QByteArray committed(const QString &database);
} // namespace ClickHouseSchema
