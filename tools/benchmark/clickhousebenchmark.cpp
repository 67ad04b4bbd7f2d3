// The window on ClickHouse beside the window on files: ingest rate into two local shards (each
// server's half of the generated logs to its own shard, both at once), then on the stored rows,
// read across the cluster as the window reads them (DatabaseFetch into a LogSession, the
// timeline's counts through TimelineData::setCounted and its spike detection): the timeline
// with spikes, a filter change, the first rows in the table; and the same on the files.
// Needs two running servers: the state file `clickhouse-fixture start STATE DIR` writes (the
// CTest fixture's program, tests/clickhouse) named by HTTPERR_CLICKHOUSE_SERVERS.
// HTTPERR_CLICKHOUSE_DATABASE names a database a run before filled with the same logs: the
// ingest is then skipped and the database kept (repeated reads without sending 10M rows again).
#include "benchmark.h"
#include "benchmarkdata.h"

#include "clickhouseclient.h"
#include "databasefetch.h"
#include "ingestrunner.h"
#include "logfiltermodel.h"
#include "logsession.h"
#include "timelinedata.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {
struct Shards
{
    QList<int> ports;
    QString cluster;
};

Shards shards()
{
    Shards s;
    QFile f(qEnvironmentVariable("HTTPERR_CLICKHOUSE_SERVERS"));
    if (!f.open(QIODevice::ReadOnly))
        return s;
    const QJsonObject state = QJsonDocument::fromJson(f.readAll()).object();
    s.cluster = state.value(QStringLiteral("cluster")).toString();
    for (const QJsonValue &v : state.value(QStringLiteral("servers")).toArray())
        s.ports << v.toObject().value(QStringLiteral("http")).toInt();
    return s;
}

ClickHouseUrl shardUrl(const Shards &s, int shard, const QString &database, bool cluster)
{
    ClickHouseUrl url;
    url.host = QStringLiteral("127.0.0.1");
    url.port = s.ports.value(shard);
    url.database = database;
    if (cluster)
        url.cluster = s.cluster;
    return url;
}

// Both servers' halves sent at once, each to its shard; seconds, or -1 when one failed.
double ingest(const Shards &s, const QString &database, const QString &folder, uint64_t *rows)
{
    IngestRunner first;
    IngestRunner second;
    int running = 2;
    bool ok = true;
    *rows = 0;
    QEventLoop loop;
    for (IngestRunner *r : {&first, &second}) {
        QObject::connect(r, &IngestRunner::finished, &loop, [&](const IngestJob::Result &result) {
            ok = ok && result.ok;
            if (!result.ok)
                remark(QStringLiteral("ingest failed: ") + result.error);
            *rows += result.rows;
            if (--running == 0)
                loop.quit();
        });
    }
    const double start = nowSeconds();
    first.start(shardUrl(s, 0, database, false), {}, {folder + QStringLiteral("/server1")});
    second.start(shardUrl(s, 1, database, false), {}, {folder + QStringLiteral("/server2")});
    loop.exec();
    return ok ? nowSeconds() - start : -1;
}

// One fetch as the window makes it: ms to the timeline with spikes, to the first rows in the
// table, to the end (all rows up to the limit).
struct Fetch
{
    double timeline = -1;
    double firstRows = -1;
    double all = -1;
    uint64_t rows = 0;
    size_t spikes = 0;
    std::shared_ptr<const ClickHouseCatalog> catalog;
    std::shared_ptr<const QStringList> reasons;
};

Fetch fetch(LogSession &session, TimelineData &timeline, DatabaseFetch::Request request)
{
    Fetch out;
    out.catalog = request.catalog;
    out.reasons = request.reasons;
    DatabaseFetch fetcher;
    QEventLoop loop;
    const double start = nowSeconds();
    auto ms = [start] { return (nowSeconds() - start) * 1000; };
    session.beginRows({request.url.toString()});
    QObject::connect(&fetcher, &DatabaseFetch::catalogReady, &loop,
                     [&](std::shared_ptr<const ClickHouseCatalog> catalog) {
                         out.catalog = catalog;
                         session.setRowFiles(catalog->fileSet(), catalog->malformed());
                     });
    QObject::connect(&fetcher, &DatabaseFetch::reasonsReady, &loop,
                     [&](std::shared_ptr<const QStringList> reasons) { out.reasons = reasons; });
    QObject::connect(&fetcher, &DatabaseFetch::countsReady, &loop,
                     [&](std::shared_ptr<ClickHouseTimeline::Counts> counts) {
                         timeline.setCounted(std::move(counts->reasons), std::move(counts->servers),
                                             std::move(counts->reasonNames), true);
                         out.spikes = timeline.spikes().size();
                         out.timeline = ms();
                     });
    QObject::connect(&fetcher, &DatabaseFetch::batchesReady, &loop,
                     [&](const std::vector<LogBatchPtr> &batches, quint64 fetched) {
                         for (const LogBatchPtr &b : batches)
                             session.appendRows(b);
                         if (out.firstRows < 0)
                             out.firstRows = ms();
                         out.rows = fetched;
                     });
    QObject::connect(&fetcher, &DatabaseFetch::finished, &loop, [&](bool, const QString &error) {
        if (!error.isEmpty())
            remark(QStringLiteral("fetch failed: ") + error);
        session.finishRows(!error.isEmpty());
        out.all = ms();
        loop.quit();
    });
    fetcher.start(request);
    loop.exec();
    return out;
}

void dropDatabase(const Shards &s, const QString &database)
{
    for (int shard = 0; shard < s.ports.size(); ++shard) {
        ClickHouseClient client(shardUrl(s, shard, QStringLiteral("default"), false), {});
        QString error;
        client.run("DROP DATABASE IF EXISTS " + database.toUtf8(), &error);
    }
}

// The same on the files: open them in a session (ms to the first rows, to the end), count
// the timeline with spikes, then a filter change recounted.
void files(BenchmarkContext &context, const QString &folder, const FilterState &change)
{
    LogSession session;
    LogFilterModel filter;
    filter.setSourceModel(session.tableModel());
    QEventLoop loop;
    double first = -1;
    const double start = nowSeconds();
    QObject::connect(session.tableModel(), &LogTableModel::rowsAppended, &loop, [&] {
        if (first < 0)
            first = (nowSeconds() - start) * 1000;
    });
    QObject::connect(&session, &LogSession::loadFinished, &loop, &QEventLoop::quit);
    filter.setLoading(true);
    session.open({folder});
    loop.exec();
    const double all = (nowSeconds() - start) * 1000;
    filter.setLoading(false);
    report(context, QStringLiteral("files: open -> first rows in the table"), first, "ms");
    report(context, QStringLiteral("files: open -> all rows loaded"), all, "ms");
    TimelineData timeline(session.tableModel());
    timeline.flush();
    const double counted =
        medianMs([&timeline] { timeline.setRowCollector({}); }, [&timeline] { timeline.flush(); });
    report(context, QStringLiteral("files: timeline with spikes (count all rows)"), counted, "ms",
           QStringLiteral("%1 spikes").arg(timeline.spikes().size()));
    const double filtered = medianMs(
        [&] {
            filter.setFilterState({});
            timeline.setRowCollector({});
            timeline.flush();
        },
        [&] {
            filter.setFilterState(change);
            timeline.followFilter(filter.rowFilter());
            timeline.flush();
        });
    report(context, QStringLiteral("files: filter change (rows + timeline)"), filtered, "ms",
           QStringLiteral("%1 rows pass").arg(filter.rowCount()));
}
} // namespace

HTTPERR_FILE_BENCHMARK(clickhouse)
{
    const Shards s = shards();
    if (s.ports.size() != 2) {
        remark(QStringLiteral("clickhouse: skipped; start two servers with clickhouse-fixture "
                              "and name its state file in HTTPERR_CLICKHOUSE_SERVERS"));
        return;
    }
    const QString folder = context.data->serversFolder(context.rows);
    const QString kept = qEnvironmentVariable("HTTPERR_CLICKHOUSE_DATABASE");
    const QString database =
        kept.isEmpty()
            ? QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(10)
            : kept;
    if (kept.isEmpty()) {
        uint64_t rows = 0;
        const double seconds = ingest(s, database, folder, &rows);
        if (seconds < 0) {
            dropDatabase(s, database);
            return;
        }
        report(
            context, QStringLiteral("clickhouse: ingest into two shards"), double(rows) / seconds,
            "rows/s",
            QStringLiteral("%1 rows in %2 s; target >= 300,000").arg(rows).arg(seconds, 0, 'f', 2));
    }

    FilterState change;
    change.url = QStringLiteral("login");
    {
        LogSession session;
        TimelineData timeline(session.tableModel());
        DatabaseFetch::Request request;
        request.url = shardUrl(s, 0, database, true);
        const Fetch open = fetch(session, timeline, request);
        report(context, QStringLiteral("clickhouse: open -> timeline with spikes"), open.timeline,
               "ms", QStringLiteral("%1 spikes; target <= 1000").arg(open.spikes));
        report(context, QStringLiteral("clickhouse: open -> first rows in the table"),
               open.firstRows, "ms", QStringLiteral("target <= 200"));
        report(context, QStringLiteral("clickhouse: open -> rows up to the limit"), open.all, "ms",
               QStringLiteral("%1 rows (limit 1,000,000)").arg(open.rows));
        request.filter = change;
        request.catalog = open.catalog;
        request.reasons = open.reasons;
        const Fetch filtered = fetch(session, timeline, request);
        report(context, QStringLiteral("clickhouse: filter change -> timeline"), filtered.timeline,
               "ms", QStringLiteral("target <= 1000"));
        report(context, QStringLiteral("clickhouse: filter change -> first rows"),
               filtered.firstRows, "ms");
        report(context, QStringLiteral("clickhouse: filter change -> all its rows"), filtered.all,
               "ms", QStringLiteral("%1 rows").arg(filtered.rows));
    }
    if (kept.isEmpty())
        dropDatabase(s, database);
    files(context, folder, change);
}
