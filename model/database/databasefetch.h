#pragma once

#include "clickhousecatalog.h"
#include "clickhousequery.h"
#include "clickhousetimeline.h"
#include "clickhouseurl.h"
#include "filterstate.h"
#include "logbatch.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class ClickHouseClient;
class QThread;

// What the window shows of a database, worked out off the GUI thread: the catalog (the ledger:
// files, servers, columns), the timeline's counts for every filter but the time range
// (ClickHouseTimeline, GROUP BY), and the rows the whole filter keeps, oldest first, up to a
// limit, as LogBatches (ClickHouseRowFetch's queries, RowDecoder). The first rows come first
// (the minutes from the oldest that hold a few thousand rows, guessed from the ledger, kept when
// within the limit), then the counts, the rows to fetch (rowsStarted) and the other rows. Each
// start() runs on a thread of its own with its own ClickHouseClient and cancels the one before;
// nothing of a cancelled or superseded run comes back. cancel() stops the queries under way (the
// server is asked to stop them too).
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
        // The reasons of an earlier run's counts (HTTP.sys's documented ones when empty).
        std::shared_ptr<const QStringList> reasons;
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
    // What kind of error the last run ended with (None when it did all it had to).
    ClickHouseQuery::Failure lastFailure() const { return m_failure; }
    // Rows per query while fetching (tests make it small to see several slices).
    void setSliceRows(uint64_t rows) { m_sliceRows = rows; }

Q_SIGNALS:
    void catalogReady(std::shared_ptr<const ClickHouseCatalog> catalog);
    void reasonsReady(std::shared_ptr<const QStringList> reasons);
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
    // The timeline's counts into `counts`; `reasons` gets the reasons found beside the list
    // (asked for at once unless the list is `complete`, else when a count finds another).
    QString count(const std::shared_ptr<Job> &job, ClickHouseClient &client,
                  const ClickHouseCatalog &catalog, const QByteArray &condition,
                  std::shared_ptr<const QStringList> &reasons, bool complete,
                  ClickHouseTimeline::Counts &counts);
    QString fetchRows(const std::shared_ptr<Job> &job, ClickHouseClient &client,
                      const ClickHouseCatalog &catalog, const QByteArray &condition,
                      const std::vector<std::pair<int64_t, int64_t>> &ranges, quint64 fetched);
    // Calls `deliver` on this object's thread unless `job` was superseded meanwhile.
    template <typename F> void post(const std::shared_ptr<Job> &job, F deliver);

    std::shared_ptr<Job> m_job;
    std::vector<QThread *> m_threads;
    uint64_t m_sliceRows = 250000;
    bool m_running = false;
    ClickHouseQuery::Failure m_failure = ClickHouseQuery::Failure::None;
};

Q_DECLARE_METATYPE(DatabaseFetch::Rows)
