#pragma once

#include "logproblem.h"
#include "logstore.h"

#include <QStringList>

#include <vector>

// Loads files on the calling thread, straight into a LogStore: what the command line and the
// benchmark use, with the same LoadJob the window's background loader runs.
class DirectLoader
{
public:
    struct Result
    {
        LogStore store;
        std::vector<LogProblem> problems; // file problems and listed malformed lines
        uint64_t malformed = 0;
        QStringList files;
    };

    static void load(const QStringList &paths, Result &result);
};
