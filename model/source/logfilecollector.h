#pragma once

#include "logfileset.h"
#include "logproblem.h"
#include "logsource.h"

#include <QStringList>

#include <vector>

// Expands the paths a user gave (files, folders, zip and gzip archives) into the ordered list
// of logs to read. Folders contribute the *.log and *.log.gz files in them and in their
// subfolders, zip archives every *.log member in any of their folders; the logs of each
// folder are put in roll-over order, folder after folder (RolloverOrder).
class LogFileCollector
{
public:
    struct Result
    {
        std::vector<LogSource> sources;
        QStringList files;                // the sources' keys, in the same order
        std::vector<LogProblem> problems; // missing paths, empty folders, damaged archives
        LogFileSet fileSet;               // the files with their relative paths and servers
    };

    static Result collect(const QStringList &paths);
    // Sorts file paths into roll-over order.
    static void sortRollover(QStringList &files);
    // True for names HTTP.sys gives its error logs, or any *.log.
    static bool isLogName(const QString &fileName);
    // True for the names a folder contributes: *.log and *.log.gz.
    static bool isFolderLogName(const QString &fileName);
    // True when `path` names a zip archive (*.zip).
    static bool isZipArchive(const QString &path);

private:
    static void collectFolder(const QString &path, Result &result);
    static void add(const LogSource &source, Result &result);
};
