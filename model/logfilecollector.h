#pragma once

#include "logproblem.h"

#include <QStringList>

#include <vector>

// Expands the paths a user gave (files and folders) into the ordered list of files to read.
// Folders contribute their httperr*.log and *.log files; roll-over sets are ordered by their
// number (httperr2.log before httperr10.log), not by name.
class LogFileCollector
{
public:
    struct Result
    {
        QStringList files;
        std::vector<LogProblem> problems; // missing paths, empty folders
    };

    static Result collect(const QStringList &paths);
    // Sorts file paths into roll-over order.
    static void sortRollover(QStringList &files);
    // True for names HTTP.sys gives its error logs, or any *.log.
    static bool isLogName(const QString &fileName);
};
