#include "logloader.h"

#include "loadjob.h"

#include <QMetaObject>
#include <QPointer>
#include <QSemaphore>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace {
constexpr int MaxBatchesInFlight = 8;
}

struct LogLoader::Shared
{
    std::atomic<bool> cancelled{false};
    QSemaphore room{MaxBatchesInFlight};
};

// Runs on the worker thread and posts everything to the loader's thread.
class LogLoader::Sink final : public LoadSink
{
public:
    Sink(LogLoader *loader, std::shared_ptr<Shared> shared, quint64 generation)
        : m_loader(loader)
        , m_shared(std::move(shared))
        , m_generation(generation)
    {}

    void filesResolved(const QStringList &files) override
    {
        post([files](LogLoader *l) { Q_EMIT l->filesResolved(files); });
    }

    void batchReady(LogBatchPtr batch) override
    {
        // Wait for room, but keep noticing a cancel so the worker never blocks forever.
        while (!m_shared->room.tryAcquire(1, 50)) {
            if (isCancelled())
                return;
        }
        auto shared = m_shared;
        post([batch, shared](LogLoader *l) {
            shared->room.release();
            Q_EMIT l->batchReady(batch);
        });
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

    void post(std::function<void(LogLoader *)> fn)
    {
        const quint64 generation = m_generation;
        LogLoader *loader = m_loader;
        QMetaObject::invokeMethod(
            loader,
            [loader, generation, fn = std::move(fn)] {
                if (loader->m_generation == generation)
                    fn(loader);
            },
            Qt::QueuedConnection);
    }

private:
    LogLoader *m_loader;
    std::shared_ptr<Shared> m_shared;
    quint64 m_generation;
    int m_lastPercent = -1;
};

LogLoader::LogLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LogBatchPtr>();
    qRegisterMetaType<LogProblem>();
}

LogLoader::~LogLoader()
{
    if (m_shared)
        m_shared->cancelled = true;
    waitForWorker();
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
    m_future = QtConcurrent::run([this, paths, shared, generation, first, block] {
        Sink sink(this, shared, generation);
        LoadJob job(paths);
        job.setBlockSizes(first, block);
        job.run(sink);
        const bool cancelled = shared->cancelled.load();
        sink.post([cancelled](LogLoader *l) {
            l->m_running = false;
            Q_EMIT l->finished(cancelled);
        });
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

void LogLoader::waitForWorker()
{
    if (m_future.isRunning() || m_future.isStarted())
        m_future.waitForFinished();
}
