#pragma once

#include "logproblem.h"
#include "zipentry.h"

#include <QString>

#include <memory>
#include <optional>

class QIODevice;

// One log to read: a plain file, a gzip-compressed file, or a member of a zip archive (itself
// plain or gzip-compressed). It names itself with a key that the store keeps as the row's file
// ("/cases/support.zip › HTTPERR/httperr3.log" for a member, the path otherwise) and opens a
// sequential device that yields the log's text, decompressed.
class LogSource
{
public:
    enum class Kind : uint8_t { File, ZipMember, StandardInput };

    LogSource() = default;
    // A file on disk; one named *.gz is read through gzip.
    static LogSource file(const QString &path);
    // Standard input ("-" on the command line), read once as it comes; its key is "-".
    static LogSource standardInput();
    // True for the key or path that names standard input.
    static bool isStandardInput(const QString &keyOrPath)
    {
        return keyOrPath == QLatin1String("-");
    }
    // A member of a zip archive, with the sizes its directory entry declares and, when known,
    // where that entry is (a member named only by its key is looked up by name).
    static LogSource zipMember(const QString &archivePath, const QString &member,
                               qint64 compressedSize, qint64 size,
                               std::optional<ZipEntry> entry = std::nullopt);
    // The source a key names (sizes unknown for members).
    static LogSource fromKey(const QString &key);

    Kind kind() const { return m_kind; }
    bool isCompressed() const { return m_gzip || m_kind == Kind::ZipMember; }
    // True for an uncompressed file on disk: the loader may read it however is fastest.
    bool isPlainFile() const { return m_kind == Kind::File && !m_gzip; }
    // The file on disk (the archive for a member).
    QString path() const { return m_path; }
    // The member's path inside the archive, '/'-separated; empty for a file.
    QString member() const { return m_member; }
    // Where a member's directory entry is, when the listing said so.
    std::optional<ZipEntry> zipEntry() const { return m_entry; }
    // The file name that says what the log is ("httperr3.log" for "logs/httperr3.log.gz").
    QString logName() const;
    // Where the log sits: the folder for a file, "archive › folder" for a member.
    QString folderKey() const;
    QString key() const;
    // Bytes of text the log holds, as far as known without reading it (for progress).
    qint64 size() const { return m_size; }

    // Opens the log's text for reading. On failure returns null and fills problem's code and
    // detail.
    std::unique_ptr<QIODevice> open(LogProblem &problem) const;
    // Fills problem's code and detail from a device that failed to open or read.
    static void describeFailure(const QIODevice &device, LogProblem &problem);
    // The first `maxBytes` of the text (for sniffing and the #Date of unnamed files).
    QByteArray head(qint64 maxBytes) const;

    // The separator between an archive and a member in a key.
    static QString separator();
    // What to show for a key: "support.zip › HTTPERR/httperr3.log", or the file name.
    static QString displayName(const QString &key);
    // The part of a key that is a file on disk.
    static QString diskPath(const QString &key);

private:
    Kind m_kind = Kind::File;
    bool m_gzip = false;
    QString m_path;
    QString m_member;
    std::optional<ZipEntry> m_entry;
    qint64 m_size = 0;
};
