#pragma once

#include "logbatch.h"
#include "logfileset.h"
#include "logproblem.h"
#include "requestbatch.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QStringList>

#include <memory>

// Loads files and folders on a worker thread and hands the results to the GUI thread through
// queued signals. Batches in flight are bounded, so a slow GUI slows the reader instead of
// piling up memory. Owned by and used from the GUI thread.
class LogLoader : public QObject
{
    Q_OBJECT
public:
    explicit LogLoader(QObject *parent = nullptr);
    ~LogLoader() override; // cancels and waits for the worker

    // Starts loading `paths`; a load still running is cancelled first.
    void start(const QStringList &paths);
    // Stops the running load; finished(true) follows.
    void cancel();
    bool isRunning() const { return m_running; }
    // Block sizes for the reader (tests use small ones to get many batches).
    void setBlockSizes(qint64 first, qint64 rest);
    // The least time between two deliveries of batches; batches that arrive sooner wait and
    // come together. A view over millions of rows pays for each insertion of rows with work
    // that grows with the row count, so it asks for fewer, larger insertions.
    void setBatchInterval(int milliseconds);
    // Whether IIS access logs are read (their rows come through requestBatchReady()) or
    // refused as another kind of log (the default). For the next start().
    void setWantsRequests(bool wants) { m_wantsRequests = wants; }

Q_SIGNALS:
    // The ordered list of files this load reads; a batch's fileIndex indexes it.
    void filesResolved(const QStringList &files);
    // The same files with their relative paths and servers (emitted just before).
    void fileSetResolved(const LogFileSet &files);
    // The reader started on file `index` of the list.
    void fileStarted(int index);
    // Rows parsed from one block of one file.
    void batchReady(const LogBatchPtr &batch);
    // Rows parsed from one block of one IIS access log (with setWantsRequests(true)).
    void requestBatchReady(const RequestBatchPtr &batch);
    // A file-level problem (missing, unreadable, not an httperr log...).
    void problemFound(const LogProblem &problem);
    // Bytes read so far out of the total size of all files.
    void progressChanged(qint64 done, qint64 total);
    // The load ended, by itself or cancelled.
    void finished(bool cancelled);

private:
    struct Shared;
    class Sink;

    void waitForWorker();
    // Hands queued results to the signals, in order, for a few milliseconds at most.
    void drain(const std::shared_ptr<Shared> &shared, quint64 generation);
    // drain() of the current queue, posted by name from the worker (see Sink::postDrain).
    Q_INVOKABLE void drainQueued(quint64 generation);

    std::shared_ptr<Shared> m_shared;
    QFuture<void> m_future;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_wantsRequests = false;
    QElapsedTimer m_lastBatch; // when the last batch was handed out
    int m_batchInterval = 0;
    qint64 m_firstBlock = 256 * 1024;
    qint64 m_block = 1024 * 1024;
};
