#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <cstdint>

// Something wrong with a file or one of its lines. Lines are never dropped silently:
// each one that is not a row becomes a LogProblem (up to a cap per file; the rest are counted).
struct LogProblem
{
    enum class Code : uint8_t {
        // line problems
        FieldCount,   // field count does not match the layout in force
        BadTimestamp, // date or time is not YYYY-MM-DD HH:MM:SS
        NoLayout,     // no #Fields header and the field count matches no known layout
        FieldsNoTime, // #Fields names no date or time field
        CutShort,     // the last line ends without a line break and lacks fields
        LineTooLong,  // a line longer than the loader's limit, skipped unread
        NulBytes,     // a run of NUL bytes where a line should be
        // file notes and errors
        GuessedLayout,   // no #Fields header: layout chosen by field count
        Missing,         // path does not exist
        Unreadable,      // cannot be opened or read
        EmptyFolder,     // a folder with no log files
        NotHttpErr,      // a W3C log of another kind (IIS access log, ...)
        Binary,          // looks like binary data
        Empty,           // no rows: no data lines (found = 0) or all malformed (found = lines)
        TooManyProblems, // the per-file cap was reached; further lines are only counted
        // archives and followed files
        DamagedArchive, // a zip or gzip that cannot be read (bad data, checksum, truncated)
        Encrypted,      // a password-protected archive member
        TooCompressed,  // expands far more than any log does (a zip bomb?); refused
        NotALog,        // an archive member that is not a log file; skipped
        EmptyArchive,   // an archive with no log files in it
        Restarted,      // a followed file was truncated or replaced; read again from the start
        // hostile input
        FieldCut,   // a field longer than the store keeps was cut
        Reencoded,  // the file was decoded from UTF-16
        HeaderOnly, // only # header lines, no data lines
        Grew,       // the file grew while it was read (the new lines are included)
        Shrank,     // the file shrank while it was read
        // mixed files
        ForeignBlock, // a header block of another kind of W3C log, skipped; others were read
        // archive members that are not read
        UnsafeName,      // a member name with ".." or an absolute path; skipped
        DuplicateMember, // a member named like an earlier one; skipped, the first was read
        // IIS access logs
        BadNumber,      // a number field (detail: its id) is not a number; the line is skipped
        NoAccessFields, // an access-log line before any #Fields header
        NoTimeTaken,    // an access log's #Fields has no time-taken
        UnknownFields,  // fields IIS does not write (detail: their ids), ignored
        NoOverlap, // a server's access logs miss its httperr span (detail: both spans, a line each)
    };
    enum class Severity : uint8_t { Note, Warning, Error };

    Code code = Code::FieldCount;
    int32_t fileIndex = -1; // index into the loader's file list, -1 for a path that is no file
    uint64_t line = 0;      // 1-based; 0 for file-level problems
    int32_t expected = 0;   // e.g. the field count the layout wants, a size limit
    int32_t found = 0;      // e.g. the field count the line has
    QString path;           // the file or folder concerned
    QByteArray raw;         // the offending text, shortened
    QString detail;         // extra words (the #Software line of a foreign log, an OS error)

    Severity severity() const;
    // A one-line, translated explanation.
    QString message() const;
    // True for problems with one line of a file (counted as malformed lines).
    bool isLineProblem() const;
    // Cuts `text` to at most `maxBytes` for storage in `raw`, never inside a UTF-8 sequence.
    static QByteArray shorten(const char *text, size_t length, size_t maxBytes = 240);
    // How many bytes of `text` fit in `maxBytes` without splitting a UTF-8 sequence.
    static size_t utf8Prefix(const char *text, size_t length, size_t maxBytes);
};

Q_DECLARE_METATYPE(LogProblem)
