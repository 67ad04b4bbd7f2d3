#pragma once

#include "clickhouseurl.h"
#include "ingestjob.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

// The window's File → Send to ClickHouse…: an IngestJob on a thread of its own (with its own
// ClickHouseClient), its progress and its result reported on this object's thread. cancel()
// stops it (files already complete stay recorded) and finished() follows with `cancelled`.
class IngestRunner : public QObject
{
    Q_OBJECT
public:
    explicit IngestRunner(QObject *parent = nullptr);
    ~IngestRunner() override; // cancels and waits

    // Sends `paths` (files, folders, archives) to `url`; false when one is still running.
    bool start(const ClickHouseUrl &url, const QString &password, const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total, quint64 rows);
    void finished(const IngestJob::Result &result);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};
