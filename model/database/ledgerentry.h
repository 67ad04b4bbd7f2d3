#pragma once

#include "logbatch.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>

// One file's row in the ledger (httperr_files), as an ingest builds it while the file's rows
// go out: what tells the file apart (server, path, content hash), what it held (rows,
// malformed lines, time span) and what a reader needs to give its rows back as they were read
// (the columns in the order the file brought them, its #Fields layouts).
struct LedgerEntry
{
    uint64_t fileKey = 0; // the rows' file_key: ingest start (ms) << 20 | file ordinal
    QString server;
    QString path;    // relative to what was opened (LogFileSet::relativePath)
    QByteArray hash; // hex SHA-1 of the log's text
    uint64_t bytes = 0;
    uint64_t rows = 0;
    uint64_t malformed = 0;
    int64_t first = 0; // UTC seconds, valid when rows > 0
    int64_t last = 0;
    QStringList columns; // #Fields ids of the file's columns, first seen first
    QStringList layouts; // each #Fields list, ids separated by spaces

    // The index of a batch's layout among the file's layouts (added on first use).
    uint16_t layoutIndex(const LogBatch::Layout &layout);
    // Notes the columns of a batch with rows, in the order the store would add them.
    void noteColumns(const LogBatch &batch);
    // Appends the entry as one RowBinary row of ClickHouseSchema::insertFiles().
    void encode(QByteArray &out, int64_t ingestedAt) const;

    static uint64_t makeFileKey(int64_t ingestMs, uint32_t ordinal)
    {
        return uint64_t(ingestMs) << 20 | (ordinal & 0xfffff);
    }
    static constexpr uint16_t NoLayout = 0xffff;
};
