#include "ingestrunner.h"

#include "clickhouseclient.h"

#include <QThread>

#include <mutex>

struct IngestRunner::Shared
{
    std::mutex mutex;
    IngestJob *job = nullptr;           // while it runs (under `mutex`)
    ClickHouseClient *client = nullptr; // idem
    bool cancelled = false;
};

IngestRunner::IngestRunner(QObject *parent)
    : QObject(parent)
{}

IngestRunner::~IngestRunner()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool IngestRunner::start(const ClickHouseUrl &url, const QString &password,
                         const QStringList &paths)
{
    if (m_thread)
        return false;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    m_thread = QThread::create([this, shared, url, password, paths] {
        ClickHouseClient client(url, password);
        IngestJob job(client, paths);
        job.setProgressHandler([this](const IngestJob::Progress &p) {
            QMetaObject::invokeMethod(
                this, [this, p] { Q_EMIT progressChanged(p.done, p.total, p.rows); },
                Qt::QueuedConnection);
        });
        {
            std::lock_guard<std::mutex> lock(shared->mutex);
            if (shared->cancelled)
                job.cancel();
            shared->job = &job;
            shared->client = &client;
        }
        IngestJob::Result result = job.run();
        {
            std::lock_guard<std::mutex> lock(shared->mutex);
            shared->job = nullptr;
            shared->client = nullptr;
            result.cancelled = result.cancelled || shared->cancelled;
        }
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void IngestRunner::cancel()
{
    if (!m_shared)
        return;
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->cancelled = true;
    if (m_shared->job)
        m_shared->job->cancel();
    if (m_shared->client)
        QMetaObject::invokeMethod(m_shared->client, &ClickHouseClient::cancelAll,
                                  Qt::QueuedConnection);
}
