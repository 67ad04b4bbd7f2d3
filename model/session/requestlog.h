#pragma once

#include "requeststore.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <mutex>

// The IIS access-log rows of what LogSession loaded (a RequestStore), beside LogTableModel's
// httperr rows and never mixed with them. GUI thread only. Rows are appended as the loader
// delivers them; when the load ends, rows of several files are put in time order on a worker
// with the store moved there (the log holds no rows meanwhile), so no thread ever reads rows
// that another one changes. Readers that want the whole set in time order (the evidence of a
// spike) wait for ready().
class RequestLog : public QObject
{
    Q_OBJECT
public:
    explicit RequestLog(QObject *parent = nullptr);
    ~RequestLog() override; // waits for the worker

    const RequestStore &store() const { return m_store; }
    size_t rowCount() const { return m_store.rowCount(); }
    // Lines of access logs that could not be read as rows.
    uint64_t malformedCount() const { return m_malformed; }
    // True once the load ended and the rows are in time order (also when there are none).
    bool isReady() const { return m_ready; }

    // The clocks the access logs of the next load were written in (AccessClock).
    void setClock(const AccessClock &clock) { m_store.setClock(clock); }
    // Drops every row; a load of new files follows.
    void clear();
    void setFileSet(const LogFileSet &files);
    bool renameServer(uint32_t server, const QString &name);
    // Room for `rows` rows, so that columns do not grow by copying.
    void reserve(size_t rows) { m_store.reserve(rows); }
    void append(const RequestBatch &batch);
    // The load ended: puts the rows in time order (off this thread when they are not yet),
    // then ready().
    void finishInBackground();

Q_SIGNALS:
    // Around every change that is not an append: the rows were dropped, moved to the worker
    // or came back in time order. Models reset themselves between the two.
    void aboutToReset();
    void resetDone();
    // Rows first .. first + count - 1 were appended.
    void rowsAppended(qsizetype first, qsizetype count);
    // Every row of the load is in, in time order.
    void ready();
    // A server was renamed.
    void serversChanged();

private:
    Q_INVOKABLE void adoptSorted(quint64 generation);
    void replaceStore(RequestStore &&store);
    void waitForWorker();

    RequestStore m_store;
    uint64_t m_malformed = 0;
    bool m_ready = true;
    quint64 m_generation = 0;
    QFuture<void> m_sort;
    std::mutex m_sortedMutex;
    std::shared_ptr<RequestStore> m_sorted; // the worker's result, guarded by m_sortedMutex
};
