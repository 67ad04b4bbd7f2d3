#pragma once

#include "testfiles.h"

#include <QByteArray>
#include <QString>

#include <vector>

// Builds the logs, zip archives and gzip files the archive, follow and command-line tests
// read: made in the test itself with QuaZip and zlib, never shipped as binary files.
namespace ArchiveFixture {
struct Member
{
    QString name;             // path inside the archive, '/'-separated
    QByteArray data;          // the uncompressed bytes
    QByteArray password = {}; // non-empty: encrypted with the classic zip scheme
    bool stored = false;      // no compression
};

// An httperr header (#Date = the first row's date) and `rows` data lines, one every
// `step` seconds from `start` (UTC seconds), with `reason` as s-reason.
QByteArray log(qint64 start, int rows, int step = 1,
               const QByteArray &reason = "Timer_ConnectionIdle");
// Writes `members` into a new zip archive at `path`.
bool writeZip(const QString &path, const std::vector<Member> &members);
// gzip-compresses `data` (in memory).
QByteArray gzip(const QByteArray &data);
using ::appendFile;
using ::writeFile;
// Changes the uncompressed size that the central directory declares for `member` (to test
// that a lying header cannot slip a bomb through).
bool patchDeclaredSize(const QString &zipPath, const QString &member, quint32 size);
// Flips bytes in the middle of the compressed data of `member` (to test damaged data).
bool damageMember(const QString &zipPath, const QString &member);
} // namespace ArchiveFixture
