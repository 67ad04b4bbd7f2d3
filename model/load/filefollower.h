#pragma once

#include "httperrparser.h"
#include "logbatch.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

// Reads what is appended to one plain log file, a piece at a time. It keeps the offset of
// the first byte not yet parsed, the parser (so the #Fields in force and the line numbers
// carry on) and leaves an unfinished last line in the file until its line break arrives.
// A file that shrank or whose first bytes changed was truncated or replaced: it is read
// again from the start. Not thread-safe; cheap to keep for every file of a large set.
class FileFollower
{
public:
    // `loadedLines`: lines 1..loadedLines were already loaded (by the loader); they are parsed
    // again only to learn the #Fields in force, and yield no rows. `upToDate`: the file has not
    // changed since it was loaded, so nothing is read until it does.
    FileFollower(int32_t fileIndex, const QString &path, uint64_t loadedLines, bool upToDate);

    struct Update
    {
        LogBatchPtr batch;      // new rows and malformed lines; null when there are none
        bool restarted = false; // the file was truncated or replaced and is read from the start
        bool more = false;      // more bytes are waiting than one call reads
        // Header blocks of another kind of log found in the new lines (NotHttpErr while the
        // file holds nothing else, ForeignBlock otherwise).
        std::vector<LogProblem> foreignBlocks;
    };

    // True when the file's size or time stamp differ from what was last seen (a stat only).
    bool hasChanged() const;
    // Reads and parses up to `maxBytes` of new complete lines.
    Update read(qint64 maxBytes);

    QString path() const { return m_path; }
    int32_t fileIndex() const { return m_index; }
    // Bytes of the file parsed so far (a whole number of lines).
    qint64 offset() const { return m_offset; }

private:
    bool wasReplaced(QIODevice &file, qint64 size) const;
    bool holdsFewerLinesThanLoaded(QIODevice &file, qint64 size) const;
    void restart();
    qint64 skipLoadedLines(const QByteArray &data);

    int32_t m_index;
    QString m_path;
    std::unique_ptr<HttpErrParser> m_parser;
    uint64_t m_skipLines; // lines still to pass over without taking their rows
    qint64 m_offset = 0;
    QByteArray m_head; // the file's first bytes as first read, to notice a replacement
    qint64 m_seenSize = -1;
    QDateTime m_seenModified;
    size_t m_reportedForeign = 0; // foreign blocks of m_parser already reported
    bool m_afterCr = false; // the bytes parsed so far end with a CR: an LF next is the same end
};
