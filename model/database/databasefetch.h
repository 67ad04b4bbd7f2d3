#pragma once

#include "clickhousecatalog.h"
#include "clickhousetimeline.h"
#include "clickhouseurl.h"
#include "filterstate.h"
#include "logbatch.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class ClickHouseClient;
class QThread;

// What the window shows of a database, worked out off the GUI thread: the catalog (the ledger:
// files, servers, columns), the timeline's counts for every filter but the time range
// (ClickHouseTimeline, GROUP BY), and the rows the whole filter keeps, oldest first, up to a
// limit, as LogBatches (ClickHouseRowFetch's queries, RowDecoder). Each start() runs on a
// thread of its own with its own ClickHouseClient and cancels the one before; its results
// come back on this object's thread in this order, and nothing of a cancelled or superseded
// run does. cancel() stops the queries under way (the server is asked to stop them too).
class DatabaseFetch : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        ClickHouseUrl url;
        QString password;
        FilterState filter;
        bool counts = true; // the timeline's counts (else only rows)
        uint64_t rowLimit = 1000000;
        // The catalog of an earlier run on the same address (read again when empty).
        std::shared_ptr<const ClickHouseCatalog> catalog;
    };
    struct Rows
    {
        uint64_t matching = 0; // rows the filter keeps in the database
        uint64_t fetching = 0; // of which the fetch brings (whole minutes up to the limit)
    };

    explicit DatabaseFetch(QObject *parent = nullptr);
    ~DatabaseFetch() override; // cancels and waits for the threads

    void start(const Request &request);
    void cancel();
    bool isRunning() const { return m_running; }
    // Rows per query while fetching (tests make it small to see several slices).
    void setSliceRows(uint64_t rows) { m_sliceRows = rows; }

Q_SIGNALS:
    void catalogReady(std::shared_ptr<const ClickHouseCatalog> catalog);
    void countsReady(std::shared_ptr<ClickHouseTimeline::Counts> counts);
    void rowsStarted(DatabaseFetch::Rows rows);
    void batchesReady(std::vector<LogBatchPtr> batches, quint64 fetched);
    // The run ended: `error` is empty when it did all it had to; `cancelled` by cancel().
    void finished(bool cancelled, const QString &error);

private:
    struct Job;
    void run(const std::shared_ptr<Job> &job);
    // The run's work on its thread; the error, empty when none (or cancelled).
    QString fetch(const std::shared_ptr<Job> &job, ClickHouseClient &client);
    QString fetchRows(const std::shared_ptr<Job> &job, ClickHouseClient &client,
                      const ClickHouseCatalog &catalog, const QByteArray &condition,
                      const std::vector<std::pair<int64_t, int64_t>> &ranges,
                      const std::function<QString()> &meanwhile);
    // Calls `deliver` on this object's thread unless `job` was superseded meanwhile.
    template <typename F> void post(const std::shared_ptr<Job> &job, F deliver);

    std::shared_ptr<Job> m_job;
    std::vector<QThread *> m_threads;
    uint64_t m_sliceRows = 250000;
    bool m_running = false;
};

Q_DECLARE_METATYPE(DatabaseFetch::Rows)
