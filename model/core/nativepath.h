#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QFile;

// File names as the system has them. On Linux a name is bytes, and one copied from another
// system may not be UTF-8; Qt's own decoding would turn such bytes into U+FFFD and lose the
// name. Here each byte that is not part of valid UTF-8 becomes one lone surrogate
// (U+DC80..U+DCFF, as Python's "surrogateescape"), which no valid UTF-8 decodes to, so the
// name goes back to its bytes exactly; such names are opened and listed by their bytes and
// shown with U+FFFD. Valid names, Qt resource paths and every name on Windows go through Qt
// unchanged.
namespace NativePath {
// The name for `bytes` (from argv or a folder listing), kept exact.
QString fromNative(const QByteArray &bytes);
// The bytes of a name made by fromNative(), or of any other name in the local encoding.
QByteArray toNative(const QString &path);
// True when the name holds bytes that are not UTF-8 (so Qt cannot open it by the QString).
bool hasRawBytes(const QString &path);
// The name to show: the raw bytes as U+FFFD.
QString display(const QString &path);

// Opens `file` on `path` (by its bytes when it holds raw bytes); on failure `error` says why.
bool open(QFile &file, const QString &path, QIODeviceBase::OpenMode mode, QString *error = nullptr);

// What a stat says about a path (following symbolic links).
struct Info
{
    bool exists = false;
    bool isDir = false;
    bool isFile = false; // a regular file
    qint64 size = -1;
    QDateTime modified;
};
Info info(const QString &path);

// The regular files in `folder` and its subfolders (symbolic links to folders are not
// followed, so there are no cycles), hidden ones too, as "folder/sub/name" paths.
QStringList filesUnder(const QString &folder);
} // namespace NativePath
