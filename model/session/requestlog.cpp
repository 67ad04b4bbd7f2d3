#include "requestlog.h"

#include "threadhandoff.h"

#include <QMetaObject>

RequestLog::RequestLog(QObject *parent)
    : QObject(parent)
{}

RequestLog::~RequestLog()
{
    waitForWorker();
}

void RequestLog::waitForWorker()
{
    if (m_sort.isStarted() || m_sort.isRunning()) {
        m_sort.waitForFinished();
        ThreadHandoff::acquire(this); // the worker is done with this object
    }
}

void RequestLog::clear()
{
    ++m_generation; // a sort under way is for rows that are gone
    RequestStore empty;
    empty.setClock(m_store.clock()); // the clocks the user gave stay for the next load
    replaceStore(std::move(empty));
    m_malformed = 0;
    m_ready = false;
}

void RequestLog::replaceStore(RequestStore &&store)
{
    Q_EMIT aboutToReset();
    m_store = std::move(store);
    Q_EMIT resetDone();
}

void RequestLog::setFileSet(const LogFileSet &files)
{
    m_store.setFileSet(files);
}

bool RequestLog::renameServer(uint32_t server, const QString &name)
{
    if (!m_store.fileSet().renameServer(server, name))
        return false;
    Q_EMIT serversChanged();
    return true;
}

void RequestLog::append(const RequestBatch &batch)
{
    m_malformed += batch.malformed;
    const size_t first = m_store.rowCount();
    m_store.append(batch);
    if (m_store.rowCount() > first)
        Q_EMIT rowsAppended(qsizetype(first), qsizetype(m_store.rowCount() - first));
}

void RequestLog::finishInBackground()
{
    if (m_store.isTimeOrdered()) {
        m_ready = true;
        Q_EMIT ready();
        return;
    }
    waitForWorker();
    // The rows go to the worker, which alone touches them until they come back.
    auto rows = std::make_shared<RequestStore>(std::move(m_store));
    RequestStore empty;
    empty.setClock(rows->clock());
    replaceStore(std::move(empty));
    const quint64 generation = ++m_generation;
    m_sort = ThreadHandoff::run(QThreadPool::globalInstance(), [this, rows, generation] {
        rows->sortByTime();
        {
            const std::lock_guard lock(m_sortedMutex);
            m_sorted = rows;
        }
        // By name: a lambda's slot object would be shared by both threads (see LogLoader).
        QMetaObject::invokeMethod(this, "adoptSorted", Qt::QueuedConnection,
                                  Q_ARG(quint64, generation));
        ThreadHandoff::release(this);
    });
}

void RequestLog::adoptSorted(quint64 generation)
{
    std::shared_ptr<RequestStore> sorted;
    {
        const std::lock_guard lock(m_sortedMutex);
        sorted = std::move(m_sorted);
    }
    if (!sorted || generation != m_generation)
        return;
    replaceStore(std::move(*sorted));
    m_ready = true;
    Q_EMIT ready();
}
