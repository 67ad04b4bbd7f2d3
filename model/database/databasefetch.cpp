#include "databasefetch.h"

#include "clickhouseclient.h"
#include "clickhouserowfetch.h"
#include "filtersql.h"
#include "rowdecoder.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <deque>
#include <functional>
#include <mutex>

struct DatabaseFetch::Job
{
    Request request;
    uint64_t sliceRows = 0;
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    ClickHouseClient *client = nullptr; // while the run's thread has one (under `mutex`)
};

namespace {
// The first query brings few rows, so the table shows some soon.
constexpr uint64_t FirstSliceRows = 20000;

QString unreadable()
{
    return DatabaseFetch::tr("ClickHouse sent an answer that could not be read.");
}
} // namespace

DatabaseFetch::DatabaseFetch(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DatabaseFetch::Rows>();
}

DatabaseFetch::~DatabaseFetch()
{
    cancel();
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

void DatabaseFetch::start(const Request &request)
{
    if (m_job) { // superseded: nothing more of it comes
        m_job->cancelled = true;
        std::lock_guard<std::mutex> lock(m_job->mutex);
        if (m_job->client)
            QMetaObject::invokeMethod(m_job->client, &ClickHouseClient::cancelAll,
                                      Qt::QueuedConnection);
    }
    auto job = std::make_shared<Job>();
    job->request = request;
    job->sliceRows = m_sliceRows;
    m_job = job;
    m_running = true;
    QThread *thread = QThread::create([this, job] { run(job); });
    m_threads.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.erase(std::remove(m_threads.begin(), m_threads.end(), thread), m_threads.end());
        thread->deleteLater();
    });
    thread->start();
}

void DatabaseFetch::cancel()
{
    if (!m_job)
        return;
    const std::shared_ptr<Job> job = std::exchange(m_job, nullptr);
    job->cancelled = true;
    {
        std::lock_guard<std::mutex> lock(job->mutex);
        if (job->client)
            QMetaObject::invokeMethod(job->client, &ClickHouseClient::cancelAll,
                                      Qt::QueuedConnection);
    }
    if (m_running) {
        m_running = false;
        Q_EMIT finished(true, QString());
    }
}

template <typename F> void DatabaseFetch::post(const std::shared_ptr<Job> &job, F deliver)
{
    QMetaObject::invokeMethod(
        this,
        [this, job, deliver = std::move(deliver)]() mutable {
            if (m_job == job && !job->cancelled)
                deliver();
        },
        Qt::QueuedConnection);
}

void DatabaseFetch::run(const std::shared_ptr<Job> &job)
{
    ClickHouseClient client(job->request.url, job->request.password);
    {
        std::lock_guard<std::mutex> lock(job->mutex);
        job->client = &client;
    }
    const QString error = fetch(job, client);
    {
        std::lock_guard<std::mutex> lock(job->mutex);
        job->client = nullptr;
    }
    post(job, [this, error] {
        m_running = false;
        m_job.reset();
        Q_EMIT finished(false, error);
    });
}

QString DatabaseFetch::fetch(const std::shared_ptr<Job> &job, ClickHouseClient &client)
{
    const Request &request = job->request;
    const ClickHouseUrl &url = request.url;
    QString error;
    std::shared_ptr<const ClickHouseCatalog> catalog = request.catalog;
    if (!catalog) {
        const std::optional<QByteArray> ledger = client.run(ClickHouseCatalog::query(url), &error);
        if (!ledger)
            return error;
        std::optional<ClickHouseCatalog> parsed = ClickHouseCatalog::parse(*ledger);
        if (!parsed)
            return unreadable();
        catalog = std::make_shared<const ClickHouseCatalog>(std::move(*parsed));
        post(job, [this, catalog] { Q_EMIT catalogReady(catalog); });
    }
    if (job->cancelled)
        return {};

    const FilterSql filter(request.filter, catalog->servers());
    const QByteArray condition = filter.condition();
    // All at once: the rows per minute (which cut the fetch into slices) and the counts.
    std::unique_ptr<ClickHouseQuery> minutes(
        client.query(ClickHouseTimeline::minuteQuery(url, condition)));
    std::vector<std::unique_ptr<ClickHouseQuery>> counts;
    if (request.counts) {
        const QByteArray counted = filter.condition(FilterField::Time);
        const int step = ClickHouseTimeline::resolution(*catalog);
        for (const char *column : {"s_reason", "server"})
            counts.emplace_back(
                client.query(ClickHouseTimeline::countQuery(url, counted, column, step)));
    }
    ClickHouseClient::wait(minutes.get());
    if (!minutes->ok())
        return minutes->error();
    std::vector<std::pair<int64_t, uint64_t>> perMinute;
    if (!ClickHouseTimeline::parseMinutes(minutes->data(), perMinute))
        return unreadable();
    Rows rows;
    for (const auto &minute : perMinute)
        rows.matching += minute.second;
    const auto ranges =
        ClickHouseTimeline::slices(perMinute, std::min<uint64_t>(job->sliceRows, FirstSliceRows),
                                   job->sliceRows, request.rowLimit, &rows.fetching);
    post(job, [this, rows] { Q_EMIT rowsStarted(rows); });
    // The counts are read once the first rows are in (all were asked for at once).
    auto readCounts = [this, &job, &counts, &catalog]() -> QString {
        for (const auto &q : counts) {
            ClickHouseClient::wait(q.get());
            if (!q->ok())
                return q->error();
        }
        if (counts.empty())
            return {};
        auto timeline = std::make_shared<ClickHouseTimeline::Counts>();
        if (!ClickHouseTimeline::parse(counts[0]->data(), counts[1]->data(), catalog->servers(),
                                       *timeline))
            return unreadable();
        counts.clear();
        post(job, [this, timeline] { Q_EMIT countsReady(timeline); });
        return {};
    };
    return fetchRows(job, client, *catalog, condition, ranges, readCounts);
}

QString DatabaseFetch::fetchRows(const std::shared_ptr<Job> &job, ClickHouseClient &client,
                                 const ClickHouseCatalog &catalog, const QByteArray &condition,
                                 const std::vector<std::pair<int64_t, int64_t>> &ranges,
                                 const std::function<QString()> &meanwhile)
{
    const RowDecoder decoder(catalog);
    bool sent = false;
    std::deque<std::unique_ptr<ClickHouseQuery>> inFlight;
    size_t next = 0;
    quint64 fetched = 0;
    if (ranges.empty())
        return meanwhile();
    while ((next < ranges.size() || !inFlight.empty()) && !job->cancelled) {
        // The next slice is on its way while this one is decoded.
        while (next < ranges.size() && inFlight.size() < 2) {
            inFlight.emplace_back(client.query(ClickHouseRowFetch::rowQuery(
                client.url(), condition, ranges[next].first, ranges[next].second)));
            ++next;
        }
        std::unique_ptr<ClickHouseQuery> query = std::move(inFlight.front());
        inFlight.pop_front();
        ClickHouseClient::wait(query.get());
        if (!query->ok())
            return query->error();
        std::vector<LogBatchPtr> batches;
        if (!decoder.decode(query->data(), batches))
            return unreadable();
        query.reset();
        for (const LogBatchPtr &batch : batches)
            fetched += batch->rowCount();
        post(job, [this, batches, fetched] { Q_EMIT batchesReady(batches, fetched); });
        if (!std::exchange(sent, true)) { // the first rows are shown: now the timeline
            if (const QString error = meanwhile(); !error.isEmpty())
                return error;
        }
    }
    return {};
}
