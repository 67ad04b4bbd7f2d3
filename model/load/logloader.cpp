#include "logloader.h"

#include "threadhandoff.h"

#include "loadjob.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QMutex>
#include <QSemaphore>
#include <QTimer>

#include <atomic>
#include <deque>

namespace {
constexpr int MaxBatchesInFlight = 16;
// How long one pass of the event loop may spend handing out batches before it lets timers,
// input and painting in: well under a frame, far under the 50 ms a user notices.
constexpr qint64 DeliveryBudgetMs = 12;
} // namespace

// What the worker and the loader's thread share. Results wait in one queue, in order, and the
// loader's thread takes them in slices of at most DeliveryBudgetMs per event-loop pass:
// posting each batch as an event of its own would let a backlog of batches run back to back.
struct LogLoader::Shared
{
    struct Event
    {
        std::function<void(LogLoader *)> deliver;
        bool isBatch = false;
    };

    std::atomic<bool> cancelled{false};
    QSemaphore room{MaxBatchesInFlight};
    QMutex mutex;
    std::deque<Event> queue;
    bool drainPosted = false; // a drain() call is on its way to the loader's thread
};

// Runs on the worker thread and posts everything to the loader's thread.
class LogLoader::Sink final : public LoadSink
{
public:
    Sink(LogLoader *loader, std::shared_ptr<Shared> shared, quint64 generation, bool requests)
        : m_loader(loader)
        , m_shared(std::move(shared))
        , m_generation(generation)
        , m_requests(requests)
    {}

    void filesResolved(const LogFileSet &files) override
    {
        post([files](LogLoader *l) {
            Q_EMIT l->fileSetResolved(files);
            Q_EMIT l->filesResolved(files.files());
        });
    }

    void fileStarted(int32_t index) override
    {
        post([index](LogLoader *l) { Q_EMIT l->fileStarted(index); });
    }

    void batchReady(LogBatchPtr batch) override
    {
        if (!waitForRoom())
            return;
        // A raw pointer: the queue lives inside Shared, so a shared_ptr captured here would
        // keep Shared alive from its own queue (a cycle that leaks undrained batches).
        Shared *shared = m_shared.get();
        post(
            [batch, shared](LogLoader *l) {
                shared->room.release();
                Q_EMIT l->batchReady(batch);
            },
            true);
    }

    bool wantsRequests() const override { return m_requests; }

    void requestBatchReady(RequestBatchPtr batch) override
    {
        if (!waitForRoom())
            return;
        Shared *shared = m_shared.get(); // raw, as in batchReady()
        post(
            [batch, shared](LogLoader *l) {
                shared->room.release();
                Q_EMIT l->requestBatchReady(batch);
            },
            true);
    }

    // Waits for room for one more batch, but keeps noticing a cancel so the worker never
    // blocks forever; false when cancelled.
    bool waitForRoom()
    {
        while (!m_shared->room.tryAcquire(1, 50)) {
            if (isCancelled())
                return false;
        }
        return true;
    }

    void problemFound(const LogProblem &problem) override
    {
        post([problem](LogLoader *l) { Q_EMIT l->problemFound(problem); });
    }

    void progressChanged(qint64 done, qint64 total) override
    {
        // One signal per whole percent is plenty for a progress bar.
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent == m_lastPercent && done != total)
            return;
        m_lastPercent = percent;
        post([done, total](LogLoader *l) { Q_EMIT l->progressChanged(done, total); });
    }

    bool isCancelled() const override { return m_shared->cancelled.load(); }

    void post(std::function<void(LogLoader *)> fn, bool isBatch = false)
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->queue.push_back({std::move(fn), isBatch});
        if (m_shared->drainPosted)
            return;
        m_shared->drainPosted = true;
        postDrain(m_loader, m_generation);
    }

    // Called on the worker and on the GUI thread. By name, not with a lambda: a lambda's slot
    // object would be shared by both threads through Qt's reference count, which
    // ThreadSanitizer cannot see (Qt is not built with it) and reports as a race.
    static void postDrain(LogLoader *loader, quint64 generation)
    {
        QMetaObject::invokeMethod(loader, "drainQueued", Qt::QueuedConnection,
                                  Q_ARG(quint64, generation));
    }

private:
    LogLoader *m_loader;
    std::shared_ptr<Shared> m_shared;
    quint64 m_generation;
    bool m_requests;
    int m_lastPercent = -1;
};

LogLoader::LogLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LogBatchPtr>();
    qRegisterMetaType<RequestBatchPtr>();
    qRegisterMetaType<LogProblem>();
}

LogLoader::~LogLoader()
{
    if (m_shared)
        m_shared->cancelled = true;
    waitForWorker();
}

void LogLoader::setBatchInterval(int milliseconds)
{
    m_batchInterval = std::max(0, milliseconds);
}

void LogLoader::setBlockSizes(qint64 first, qint64 rest)
{
    m_firstBlock = first;
    m_block = rest;
}

void LogLoader::start(const QStringList &paths)
{
    if (m_running)
        cancel();
    waitForWorker();
    ++m_generation;
    m_shared = std::make_shared<Shared>();
    m_running = true;
    const quint64 generation = m_generation;
    auto shared = m_shared;
    const qint64 first = m_firstBlock;
    const qint64 block = m_block;
    const bool requests = m_wantsRequests;
    m_future = ThreadHandoff::run(QThreadPool::globalInstance(),
                                  [this, paths, shared, generation, first, block, requests] {
                                      Sink sink(this, shared, generation, requests);
                                      LoadJob job(paths);
                                      job.setBlockSizes(first, block);
                                      job.setBackground(true);
                                      job.run(sink);
                                      const bool cancelled = shared->cancelled.load();
                                      sink.post([cancelled](LogLoader *l) {
                                          l->m_running = false;
                                          Q_EMIT l->finished(cancelled);
                                      });
                                      ThreadHandoff::release(this); // for waitForWorker()
                                  });
}

void LogLoader::cancel()
{
    if (!m_running || !m_shared)
        return;
    m_shared->cancelled = true;
    // Drop whatever the old worker still has queued and report the end right away.
    waitForWorker();
    ++m_generation;
    m_running = false;
    Q_EMIT finished(true);
}

void LogLoader::drain(const std::shared_ptr<Shared> &shared, quint64 generation)
{
    QElapsedTimer spent;
    spent.start();
    bool gaveBatch = false; // the interval holds between passes, not between batches of one
    while (true) {
        Shared::Event event;
        {
            QMutexLocker lock(&shared->mutex);
            if (shared->queue.empty()) {
                shared->drainPosted = false;
                return;
            }
            if (!gaveBatch && shared->queue.front().isBatch && m_lastBatch.isValid()
                && m_lastBatch.elapsed() < m_batchInterval) {
                // Too soon after the last batch: let them gather and come together.
                const auto wait = int(m_batchInterval - m_lastBatch.elapsed());
                QTimer::singleShot(wait, this, [this, shared, generation] {
                    if (m_generation == generation)
                        drain(shared, generation);
                });
                return;
            }
            event = std::move(shared->queue.front());
            shared->queue.pop_front();
        }
        if (event.isBatch && !gaveBatch) {
            gaveBatch = true;
            m_lastBatch.start();
        }
        event.deliver(this);
        if (m_generation != generation)
            return; // a slot cancelled or restarted the load: the rest is stale
        if (event.isBatch && spent.elapsed() >= DeliveryBudgetMs) {
            // Let the event loop breathe; the next slice follows in its next pass.
            Sink::postDrain(this, generation);
            return;
        }
    }
}

void LogLoader::drainQueued(quint64 generation)
{
    // A generation's queue is m_shared until the next start() or cancel() moves on.
    if (m_generation == generation && m_shared)
        drain(m_shared, generation);
}

void LogLoader::waitForWorker()
{
    if (m_future.isRunning() || m_future.isStarted()) {
        m_future.waitForFinished();
        ThreadHandoff::acquire(this);
    }
}
