#pragma once

#include "logbatch.h"
#include "logfileset.h"
#include "logproblem.h"
#include "requestbatch.h"

#include <QStringList>

// Where a LoadJob delivers its results. The job calls these on its own thread, in order:
// filesResolved once, then batches, problems and progress, until it ends or isCancelled().
class LoadSink
{
public:
    virtual ~LoadSink() = default;
    // The files in load order, with their relative paths and servers.
    virtual void filesResolved(const LogFileSet &files) = 0;
    // Whether to read file `index` at all (asked before it is opened, after filesResolved):
    // an ingest skips the files a database already holds.
    virtual bool wantsFile(int32_t index) const
    {
        Q_UNUSED(index)
        return true;
    }
    // The reader starts on file `index` (for a progress that names it).
    virtual void fileStarted(int32_t index) { Q_UNUSED(index) }
    virtual void batchReady(LogBatchPtr batch) = 0;
    // Whether IIS access logs are read (their rows come to requestBatchReady()); a sink that
    // does not want them sees each refused as another kind of log, as before.
    virtual bool wantsRequests() const { return false; }
    virtual void requestBatchReady(RequestBatchPtr batch) { Q_UNUSED(batch) }
    virtual void problemFound(const LogProblem &problem) = 0;
    virtual void progressChanged(qint64 done, qint64 total) = 0;
    virtual bool isCancelled() const = 0;
};
