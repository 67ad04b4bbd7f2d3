// Writing the input files of a test.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Writes `bytes` to `path`, replacing what was there; false when that fails.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Appends `bytes` to `path`; false when that fails.
inline bool appendFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}
