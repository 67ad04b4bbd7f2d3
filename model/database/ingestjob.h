#pragma once

#include "logproblem.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

class ClickHouseClient;

// Sends the rows of files, folders and archives to ClickHouse: creates the database and its
// tables when missing, skips the files the ledger already has (same server, path and content
// hash), reads the others with the viewer's own loader and inserts their rows in RowBinary
// batches (two in flight, so reading and inserting overlap), then writes a ledger entry for
// each file whose rows all arrived. Runs synchronously on the calling thread, which must not
// be the GUI thread (it waits for the server in local event loops); the client must live on
// that thread.
class IngestJob
{
public:
    struct Progress
    {
        qint64 done = 0;   // bytes of the files read so far
        qint64 total = 0;  // bytes of the files to read
        uint64_t rows = 0; // rows sent so far
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;                    // why it failed (translated); empty when ok
        int files = 0;                    // files read and recorded in the ledger
        int skipped = 0;                  // files the ledger had already
        uint64_t rows = 0;                // rows inserted (of the recorded files)
        uint64_t malformed = 0;           // malformed lines counted in the ledger
        qint64 bytes = 0;                 // bytes of the recorded files
        std::vector<LogProblem> problems; // the files' problems, as a load reports them
    };

    IngestJob(ClickHouseClient &client, const QStringList &paths);

    // Rows per INSERT (a part on the server each; fewer, larger inserts merge less).
    void setBatchRows(size_t rows) { m_batchRows = rows; }
    // Called on this thread as the files are read (at most every ~100 ms).
    void setProgressHandler(std::function<void(const Progress &)> handler)
    {
        m_progress = std::move(handler);
    }
    // Set from any thread to stop; files already complete stay recorded.
    void cancel() { m_cancel = true; }

    Result run();

private:
    class Sink;
    friend class Sink;

    ClickHouseClient &m_client;
    QStringList m_paths;
    size_t m_batchRows = 250000;
    std::function<void(const Progress &)> m_progress;
    std::atomic<bool> m_cancel{false};
};
