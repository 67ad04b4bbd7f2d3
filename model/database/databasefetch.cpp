#include "databasefetch.h"

#include "clickhouseclient.h"
#include "clickhouserowfetch.h"
#include "filtersql.h"
#include "reasoncatalog.h"
#include "rowdecoder.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <deque>
#include <mutex>
#include <optional>

struct DatabaseFetch::Job
{
    Request request;
    uint64_t sliceRows = 0;
    std::atomic<bool> cancelled{false};
    std::mutex mutex;
    ClickHouseClient *client = nullptr; // while the run's thread has one (under `mutex`)
    ClickHouseQuery::Failure failure = ClickHouseQuery::Failure::None; // of the error returned
};

namespace {
// The error of a query that failed, its kind kept in `job`.
template <typename J> QString failed(J &job, const ClickHouseQuery &query)
{
    job.failure = query.failure();
    return query.error();
}
} // namespace

namespace {
// The first query brings few rows, so the table shows some soon.
constexpr uint64_t FirstSliceRows = 5000;

QString unreadable()
{
    return DatabaseFetch::tr("ClickHouse sent an answer that could not be read.");
}

// Whole minutes from the oldest row the filter may keep that hold about FirstSliceRows of all
// stored rows (the ledger's rows per minute): the first rows are asked for before their
// minutes are counted.
std::optional<std::pair<int64_t, int64_t>> firstMinutes(const ClickHouseCatalog &catalog,
                                                        const FilterState &filter)
{
    if (catalog.rows() == 0)
        return std::nullopt;
    int64_t start = std::max<int64_t>(catalog.firstTime(), filter.from.value_or(0));
    start -= start % 60;
    const auto minutes = uint64_t((catalog.lastTime() - catalog.firstTime()) / 60 + 1);
    const uint64_t perMinute =
        std::max<uint64_t>(1, catalog.rows() / std::max<uint64_t>(minutes, 1));
    const auto width = int64_t(std::max<uint64_t>(1, FirstSliceRows / perMinute));
    return std::make_pair(start, start + width * 60 - 1);
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
    // A cancel stops the queries under way; the server is told to stop them before the client
    // (and its unsent KILL QUERY requests) goes.
    client.cancelAll();
    client.waitForKills(3000);
    {
        std::lock_guard<std::mutex> lock(job->mutex);
        job->client = nullptr;
    }
    post(job, [this, job, error] {
        m_failure = error.isEmpty() ? ClickHouseQuery::Failure::None : job->failure;
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
    // The reasons HTTP.sys documents until a count has found the others.
    std::shared_ptr<const QStringList> reasons = request.reasons;
    const bool complete = bool(reasons);
    if (!reasons)
        reasons = std::make_shared<const QStringList>(ReasonCatalog::knownReasons());
    std::shared_ptr<const ClickHouseCatalog> catalog = request.catalog;
    if (!catalog) {
        const std::optional<QByteArray> ledger =
            client.run(ClickHouseCatalog::query(url), &error, &job->failure);
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
    // The first rows first, then the rows per minute (unless the counts give them).
    const auto window = firstMinutes(*catalog, request.filter);
    const uint64_t firstMost = std::min<uint64_t>(request.rowLimit, 4 * FirstSliceRows);
    std::unique_ptr<ClickHouseQuery> first;
    if (window && firstMost > 0)
        first.reset(client.query(ClickHouseRowFetch::rowQuery(url, condition, window->first,
                                                              window->second, firstMost + 1)));
    std::unique_ptr<ClickHouseQuery> minutes;
    if (!request.counts || request.filter.from || request.filter.to)
        minutes.reset(client.query(ClickHouseTimeline::minuteQuery(url, condition)));
    uint64_t already = 0;
    int64_t firstEnd = INT64_MIN;
    if (first) {
        ClickHouseClient::wait(first.get());
        if (!first->ok())
            return failed(*job, *first);
        std::vector<LogBatchPtr> batches;
        if (!RowDecoder(*catalog).decode(first->data(), batches))
            return unreadable();
        first.reset();
        uint64_t rows = 0;
        for (const LogBatchPtr &batch : batches)
            rows += batch->rowCount();
        if (rows <= firstMost) { // else more than the limit allows: sliced below
            already = rows;
            firstEnd = window->second;
            if (rows > 0)
                post(job, [this, batches, rows] { Q_EMIT batchesReady(batches, rows); });
        }
    }

    std::vector<std::pair<int64_t, uint64_t>> perMinute;
    if (request.counts) {
        auto counts = std::make_shared<ClickHouseTimeline::Counts>();
        if (QString e = count(job, client, *catalog, filter.condition(FilterField::Time), reasons,
                              complete, *counts);
            !e.isEmpty() || job->cancelled)
            return e;
        perMinute = counts->minutes;
        post(job, [this, counts] { Q_EMIT countsReady(counts); });
    }
    if (minutes) {
        perMinute.clear();
        ClickHouseClient::wait(minutes.get());
        if (!minutes->ok())
            return failed(*job, *minutes);
        if (!ClickHouseTimeline::parseMinutes(minutes->data(), perMinute))
            return unreadable();
    }
    Rows rows;
    for (const auto &minute : perMinute)
        rows.matching += minute.second;
    const auto rest = std::find_if(perMinute.begin(), perMinute.end(),
                                   [firstEnd](const auto &m) { return m.first > firstEnd; });
    const auto ranges =
        ClickHouseTimeline::slices(std::vector<std::pair<int64_t, uint64_t>>(rest, perMinute.end()),
                                   std::min<uint64_t>(job->sliceRows, FirstSliceRows),
                                   job->sliceRows, request.rowLimit, &rows.fetching, already);
    post(job, [this, rows] { Q_EMIT rowsStarted(rows); });
    return fetchRows(job, client, *catalog, condition, ranges, already);
}

QString DatabaseFetch::count(const std::shared_ptr<Job> &job, ClickHouseClient &client,
                             const ClickHouseCatalog &catalog, const QByteArray &condition,
                             std::shared_ptr<const QStringList> &reasons, bool complete,
                             ClickHouseTimeline::Counts &counts)
{
    const ClickHouseUrl &url = client.url();
    const int step = ClickHouseTimeline::resolution(catalog);
    // A list that may lack some reasons (the first is HTTP.sys's documented ones) comes with a
    // count of the others by name; one read from the rows only when a count finds another.
    for (bool others = !complete; !job->cancelled; others = true) {
        QStringList list = *reasons;
        const std::unique_ptr<ClickHouseQuery> byReason(
            client.query(ClickHouseTimeline::countQuery(url, condition, "s_reason", list, step)));
        const std::unique_ptr<ClickHouseQuery> byServer(client.query(
            ClickHouseTimeline::countQuery(url, condition, "server", catalog.servers(), step)));
        const std::unique_ptr<ClickHouseQuery> byName(
            others ? client.query(ClickHouseTimeline::othersQuery(url, condition, list, step))
                   : nullptr);
        for (ClickHouseQuery *q : {byReason.get(), byServer.get(), byName.get()}) {
            if (!q)
                continue;
            ClickHouseClient::wait(q);
            if (!q->ok())
                return failed(*job, *q);
        }
        const ClickHouseTimeline::Read read =
            ClickHouseTimeline::parse(byReason->data(), others ? &byName->data() : nullptr, list,
                                      byServer->data(), catalog.servers(), step, counts);
        if (read == ClickHouseTimeline::Read::Unreadable)
            return unreadable();
        if (read == ClickHouseTimeline::Read::Ok) {
            if (others) {
                reasons = std::make_shared<const QStringList>(std::move(list));
                post(job, [this, reasons] { Q_EMIT reasonsReady(reasons); });
            }
            return {};
        }
        if (others)
            return unreadable(); // cannot happen: the others were counted by name
    }
    return {};
}

QString DatabaseFetch::fetchRows(const std::shared_ptr<Job> &job, ClickHouseClient &client,
                                 const ClickHouseCatalog &catalog, const QByteArray &condition,
                                 const std::vector<std::pair<int64_t, int64_t>> &ranges,
                                 quint64 fetched)
{
    const RowDecoder decoder(catalog);
    std::deque<std::unique_ptr<ClickHouseQuery>> inFlight;
    size_t next = 0;
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
            return failed(*job, *query);
        std::vector<LogBatchPtr> batches;
        if (!decoder.decode(query->data(), batches))
            return unreadable();
        query.reset();
        for (const LogBatchPtr &batch : batches)
            fetched += batch->rowCount();
        post(job, [this, batches, fetched] { Q_EMIT batchesReady(batches, fetched); });
    }
    return {};
}
