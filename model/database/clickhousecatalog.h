#pragma once

#include "clickhouseurl.h"
#include "logfield.h"
#include "logfileset.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <optional>
#include <string>
#include <utility>
#include <vector>

// What a database holds, read from its ledger (on every shard of the cluster, when the
// address names one): the files in the order they were ingested, with their servers and
// relative paths as a LogFileSet, the columns and #Fields layouts that give their rows back
// as they were read, and the totals the ledger counts (malformed lines, files).
class ClickHouseCatalog
{
public:
    struct File
    {
        uint64_t key = 0;
        QString server;
        QString path;
        uint64_t rows = 0;
        uint64_t malformed = 0;
        int64_t first = 0;
        int64_t last = 0;
        QStringList columns;
        QStringList layouts;
    };

    // The ledger query (RowBinary), and its answer read back; nothing when it does not parse.
    static QByteArray query(const ClickHouseUrl &url);
    static std::optional<ClickHouseCatalog> parse(const QByteArray &answer);

    const std::vector<File> &files() const { return m_files; }
    const LogFileSet &fileSet() const { return m_fileSet; }
    // Every server, in the order of its first file.
    QStringList servers() const { return m_fileSet.serverNames(); }
    // The index of the file with this key, or -1.
    int fileIndex(uint64_t key) const { return m_index.value(key, -1); }
    uint64_t rows() const { return m_rows; }
    uint64_t malformed() const { return m_malformed; }
    // The earliest and latest row of all files (0 when there are none).
    int64_t firstTime() const { return m_first; }
    int64_t lastTime() const { return m_last; }
    // The store's columns in the order a load of the files adds them.
    const std::vector<std::pair<LogField, std::string>> &columns() const { return m_columns; }

private:
    std::vector<File> m_files;
    LogFileSet m_fileSet;
    QHash<uint64_t, int> m_index;
    std::vector<std::pair<LogField, std::string>> m_columns;
    uint64_t m_rows = 0;
    uint64_t m_malformed = 0;
    int64_t m_first = 0;
    int64_t m_last = 0;
};
