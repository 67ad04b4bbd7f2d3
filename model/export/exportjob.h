#pragma once

#include "displayzone.h"
#include "exportcolumn.h"
#include "exportformat.h"
#include "logstore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QIODevice;

// Writes rows of a store to a file in one of the export formats. The file is written through
// QSaveFile: it appears only when everything was written, so a failure or a cancel leaves no
// partial file and an existing file untouched. run() works on the calling thread (command
// line, tests); start() runs it on a worker thread with progress and cancel for the window.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        // The rows' store. It must not change until the export ends: the window keeps the
        // export modal and does not start one while loading.
        const LogStore *store = nullptr;
        std::shared_ptr<const std::vector<uint32_t>> rows; // store rows; null for every row
        std::vector<ExportColumn> columns;                 // empty for ExportColumn::all()
        ExportFormat format = ExportFormat::Csv;
        bool anonymize = false; // replace client addresses by stand-ins
        QString path;
        // The zone of the times in CSV, TSV and JSON Lines, written with their offset (an
        // httperr file is always in UTC).
        DisplayZone zone;
    };
    struct Result
    {
        enum class Status : uint8_t { Written, Cancelled, Failed };
        Status status = Status::Failed;
        QString error; // a sentence for the user when Failed
        uint64_t rows = 0;
        uint64_t bytes = 0;
        bool ok() const { return status == Status::Written; }
    };
    // Called now and then with rows written so far; return false to cancel.
    using Progress = std::function<bool(uint64_t done, uint64_t total)>;

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override; // cancels and waits for the worker

    // Exports on the calling thread.
    static Result run(const Request &request, const Progress &progress = {});
    // Writes the rows of `request` to an open device (run() passes a QSaveFile). The result
    // tells whether every byte was written; the caller commits or discards.
    static Result write(const Request &request, QIODevice &device, const Progress &progress = {});
    // Why `path` cannot be written (a folder, a missing or read-only folder), or empty.
    static QString checkTarget(const QString &path);

    // Starts the export on a worker thread; finished() follows, also after cancel().
    void start(const Request &request);
    void cancel();
    // Blocks until the worker has stopped.
    void wait();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // Rows written so far out of the rows to write (a few times a second at most).
    void progressChanged(qint64 done, qint64 total);
    // The export ended: written, cancelled or failed.
    void finished(const ExportJob::Result &result);

private:
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    // The worker's result, handed over under a lock: a result kept in the future would be
    // freed by whichever thread drops the future last, which ThreadSanitizer cannot order.
    std::mutex m_resultMutex;
    Result m_result;
    QFutureWatcher<void> m_watcher;
};
