#pragma once

#include "logbatch.h"
#include "logproblem.h"

#include <QStringList>

// Where a LoadJob delivers its results. The job calls these on its own thread, in order:
// filesResolved once, then batches, problems and progress, until it ends or isCancelled().
class LoadSink
{
public:
    virtual ~LoadSink() = default;
    virtual void filesResolved(const QStringList &files) = 0;
    virtual void batchReady(LogBatchPtr batch) = 0;
    virtual void problemFound(const LogProblem &problem) = 0;
    virtual void progressChanged(qint64 done, qint64 total) = 0;
    virtual bool isCancelled() const = 0;
};
