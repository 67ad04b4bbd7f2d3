#pragma once

#include <QByteArray>
#include <QString>

// Where the headless commands write: standard output carries only the data asked for (the
// summary, the JSON, exported rows), standard error the status lines and errors. --quiet
// silences the status lines; errors are always written. Text goes out in the console's
// encoding: UTF-8 on Windows (useUtf8() switches the console to it), the locale's elsewhere.
namespace Console {
// On Windows, makes the console show UTF-8 until the program exits (then restores its code
// page); nothing elsewhere, where terminals take the locale's encoding.
void useUtf8();
// `text` in the bytes the console shows as that text.
QByteArray encode(const QString &text);
void setQuiet(bool quiet);
// A line about what happened (rows exported, a file's problems); not with --quiet.
void status(const QString &line);
// A line about what went wrong (why the exit status is not 0).
void error(const QString &line);
// Data for standard output, as it is.
void data(const QByteArray &bytes);
// Text for standard output (help, version, a summary).
void text(const QString &text);
} // namespace Console
