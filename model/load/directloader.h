#pragma once

#include "logproblem.h"
#include "logstore.h"
#include "requeststore.h"

#include <QStringList>

#include <vector>

// Loads files on the calling thread, straight into a LogStore (and IIS access logs into a
// RequestStore): what the command line and the benchmark use, with the same LoadJob the
// window's background loader runs.
class DirectLoader
{
public:
    struct Result
    {
        LogStore store;
        RequestStore requests;            // the rows of IIS access logs, in time order
        std::vector<LogProblem> problems; // file problems and listed malformed lines
        uint64_t malformed = 0;           // of httperr files
        uint64_t requestsMalformed = 0;   // of access logs
        QStringList files;
    };

    static void load(const QStringList &paths, Result &result);
};
