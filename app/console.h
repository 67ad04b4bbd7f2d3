#pragma once

#include <QByteArray>
#include <QString>

// Where the headless commands write: standard output carries only the data asked for (the
// summary, the JSON, exported rows), standard error the status lines and errors. --quiet
// silences the status lines; errors are always written.
namespace Console {
void setQuiet(bool quiet);
// A line about what happened (rows exported, a file's problems); not with --quiet.
void status(const QString &line);
// A line about what went wrong (why the exit status is not 0).
void error(const QString &line);
// Data for standard output, as it is.
void data(const QByteArray &bytes);
} // namespace Console
