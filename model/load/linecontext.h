#pragma once

#include <QString>

#include <vector>

// Reads a few lines around one line of a log file, numbered as the parser numbers them, so a
// malformed line can be shown among its neighbours. UTF-16 files are decoded; long lines are
// cut for display. Reads on the calling thread (a scan of the file up to the line).
class LineContext
{
public:
    struct Line
    {
        quint64 number; // 1-based
        QString text;
    };

    static constexpr int MaxLineChars = 2000;

    // Lines [line - radius, line + radius] of `path`, or an empty list when the file cannot
    // be read or has fewer lines; `error` says why then.
    static std::vector<Line> read(const QString &path, quint64 line, int radius,
                                  QString *error = nullptr);
};
