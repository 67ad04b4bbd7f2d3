#include "ingestjob.h"

#include "clickhouseclient.h"
#include "clickhouseschema.h"
#include "ingestencoder.h"
#include "ledgerentry.h"
#include "loadjob.h"
#include "logfilecollector.h"
#include "rowbinary.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QtConcurrent>

#include <deque>
#include <memory>

namespace {
// What a file's content is: its SHA-1 (hex) and its size, as the loader will read it (the
// text of a member or a .gz, decompressed). Empty when it cannot be read.
struct Fingerprint
{
    QByteArray hash;
    qint64 bytes = 0;
};

Fingerprint fingerprint(const LogSource &source)
{
    Fingerprint out;
    LogProblem ignored;
    const std::unique_ptr<QIODevice> device = source.open(ignored);
    if (!device)
        return out;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        out.bytes += n;
    }
    out.hash = hash.result().toHex();
    return out;
}

bool createSchema(ClickHouseClient &client, QString *error)
{
    for (const QByteArray &statement : ClickHouseSchema::createStatements(client.url().database)) {
        if (!client.run(statement, error))
            return false;
    }
    return true;
}

// The indexes of `entries` whose server, path and hash the ledger has (on every shard of the
// cluster, when the address names one).
std::optional<QSet<int>> recorded(ClickHouseClient &client, const std::vector<LedgerEntry> &entries,
                                  QString *error)
{
    QSet<int> out;
    QByteArray hashes;
    for (const LedgerEntry &e : entries) {
        if (!e.hash.isEmpty())
            hashes +=
                (hashes.isEmpty() ? "" : ", ") + SqlText::literal(QString::fromLatin1(e.hash));
    }
    if (hashes.isEmpty())
        return out;
    const ClickHouseUrl &url = client.url();
    auto ask = [&](const QString &cluster, ClickHouseQuery::Failure *failure, int *code) {
        const QByteArray sql =
            "SELECT server, path, hash FROM "
            + ClickHouseSchema::source(url.database, cluster, ClickHouseSchema::FilesTable)
            + " WHERE hash IN (" + hashes + ") FORMAT RowBinary";
        std::unique_ptr<ClickHouseQuery> query(client.query(sql));
        ClickHouseClient::wait(query.get());
        *failure = query->failure();
        *code = query->serverCode();
        if (!query->ok() && error)
            *error = query->error();
        return query->ok() ? std::optional<QByteArray>(query->takeData()) : std::nullopt;
    };
    ClickHouseQuery::Failure failure = ClickHouseQuery::Failure::None;
    int code = 0;
    std::optional<QByteArray> answer = ask(url.cluster, &failure, &code);
    // A shard that has never had an ingest has no ledger yet (unknown table 60, database 81,
    // or 279 when cluster() finds no replica with the table): then this shard's ledger is all
    // there is to ask.
    if (!answer && !url.cluster.isEmpty() && failure == ClickHouseQuery::Failure::Server
        && (code == 60 || code == 81 || code == 279))
        answer = ask(QString(), &failure, &code);
    if (!answer)
        return std::nullopt;
    QSet<QByteArray> known;
    RowBinaryReader reader(*answer);
    while (!reader.atEnd() && !reader.failed()) {
        QByteArray key;
        for (int field = 0; field < 3; ++field) {
            const std::string_view s = reader.string();
            key += QByteArray(s.data(), qsizetype(s.size())) + '\0';
        }
        known.insert(key);
    }
    for (size_t i = 0; i < entries.size(); ++i) {
        const LedgerEntry &e = entries[i];
        const QByteArray key = e.server.toUtf8() + '\0' + e.path.toUtf8() + '\0' + e.hash + '\0';
        if (!e.hash.isEmpty() && known.contains(key))
            out.insert(int(i));
    }
    return out;
}
} // namespace

// Receives the loader's batches on the ingest thread and keeps at most two inserts in flight.
class IngestJob::Sink final : public LoadSink
{
public:
    Sink(IngestJob &job, std::vector<LedgerEntry> &entries, const QSet<int> &skip)
        : m_job(job)
        , m_entries(entries)
        , m_skip(skip)
        , m_statement(ClickHouseSchema::insertRows(job.m_client.url().database))
    {
        m_clock.start();
    }

    void filesResolved(const LogFileSet &) override {}
    bool wantsFile(int32_t index) const override { return !m_skip.contains(index); }
    void fileStarted(int32_t index) override
    {
        endFile();
        m_current = index;
    }
    void batchReady(LogBatchPtr batch) override
    {
        if (isCancelled() || batch->fileIndex < 0 || size_t(batch->fileIndex) >= m_entries.size())
            return;
        const size_t before = m_entries[size_t(batch->fileIndex)].rows;
        IngestEncoder::encode(*batch, m_entries[size_t(batch->fileIndex)], m_buffer);
        m_rows += m_entries[size_t(batch->fileIndex)].rows - before;
        m_bufferRows += batch->rowCount();
        if (m_bufferRows >= m_job.m_batchRows)
            send();
    }
    void problemFound(const LogProblem &problem) override { m_problems.push_back(problem); }
    void progressChanged(qint64 done, qint64 total) override
    {
        m_done = done;
        m_total = total;
        report(false);
    }
    bool isCancelled() const override { return m_job.m_cancel || !m_error.isEmpty(); }

    // After the loader: the last buffer, every answer, then the ledger of complete files.
    void finish()
    {
        endFile();
        if (!isCancelled())
            send();
        while (!m_inFlight.empty())
            takeAnswer();
        report(true);
        writeLedger();
    }

    QString error() const { return m_error; }
    const std::vector<int> &committed() const { return m_committed; }
    std::vector<LogProblem> &problems() { return m_problems; }

private:
    struct Insert
    {
        std::unique_ptr<ClickHouseQuery> query;
        std::vector<int> files; // files whose last rows this insert carries
    };

    void endFile()
    {
        if (m_current >= 0 && !m_entries[size_t(m_current)].hash.isEmpty())
            m_ended.push_back(m_current);
        m_current = -1;
    }

    void send()
    {
        if (m_buffer.isEmpty() && m_ended.empty())
            return;
        Insert insert;
        insert.files = std::exchange(m_ended, {});
        if (!m_buffer.isEmpty())
            insert.query.reset(m_job.m_client.insert(m_statement, m_buffer));
        m_buffer.clear();
        m_bufferRows = 0;
        m_inFlight.push_back(std::move(insert));
        // Two in flight: the server stores one batch while the next one is read and sent.
        while (m_inFlight.size() > 2)
            takeAnswer();
    }

    void takeAnswer()
    {
        Insert insert = std::move(m_inFlight.front());
        m_inFlight.pop_front();
        if (insert.query) {
            if (m_job.m_cancel && !insert.query->isFinished())
                insert.query->cancel();
            ClickHouseClient::wait(insert.query.get());
            if (!insert.query->ok()) {
                if (m_error.isEmpty()
                    && insert.query->failure() != ClickHouseQuery::Failure::Cancelled)
                    m_error = insert.query->error();
                return;
            }
        }
        if (m_error.isEmpty())
            m_committed.insert(m_committed.end(), insert.files.begin(), insert.files.end());
    }

    void writeLedger()
    {
        if (m_committed.empty())
            return;
        QByteArray rows;
        const int64_t now = QDateTime::currentSecsSinceEpoch();
        for (const int file : m_committed)
            m_entries[size_t(file)].encode(rows, now);
        const std::unique_ptr<ClickHouseQuery> query(m_job.m_client.insert(
            ClickHouseSchema::insertFiles(m_job.m_client.url().database), rows));
        ClickHouseClient::wait(query.get());
        if (!query->ok()) {
            if (m_error.isEmpty())
                m_error = QCoreApplication::translate(
                              "IngestJob",
                              "The rows were sent, but the ledger could not be written, so they "
                              "do not count yet (ingest the files again): %1")
                              .arg(query->error());
            m_committed.clear();
        }
    }

    void report(bool last)
    {
        if (!m_job.m_progress || (!last && m_lastReport.isValid() && m_lastReport.elapsed() < 100))
            return;
        m_lastReport.start();
        m_job.m_progress({m_done, m_total, m_rows});
    }

    IngestJob &m_job;
    std::vector<LedgerEntry> &m_entries;
    const QSet<int> &m_skip;
    QByteArray m_statement;
    QByteArray m_buffer;
    size_t m_bufferRows = 0;
    uint64_t m_rows = 0;
    std::deque<Insert> m_inFlight;
    std::vector<int> m_ended;
    std::vector<int> m_committed;
    std::vector<LogProblem> m_problems;
    int32_t m_current = -1;
    QString m_error;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_lastReport;
};

IngestJob::IngestJob(ClickHouseClient &client, const QStringList &paths)
    : m_client(client)
    , m_paths(paths)
{}

IngestJob::Result IngestJob::run()
{
    Result result;
    if (!createSchema(m_client, &result.error))
        return result;
    LogFileCollector::Result collected = LogFileCollector::collect(m_paths);
    const LogFileSet &set = collected.fileSet;
    // Each file's fingerprint first (both cores), to ask the ledger about all of them at once.
    std::vector<Fingerprint> prints(collected.sources.size());
    std::vector<int> indexes(collected.sources.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QtConcurrent::blockingMap(
        indexes, [&](int i) { prints[size_t(i)] = fingerprint(collected.sources[size_t(i)]); });
    const int64_t ingestMs = QDateTime::currentMSecsSinceEpoch();
    std::vector<LedgerEntry> entries(collected.sources.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        LedgerEntry &e = entries[i];
        e.fileKey = LedgerEntry::makeFileKey(ingestMs, uint32_t(i));
        e.server = set.serverName(set.serverOf(uint32_t(i)));
        e.path = set.relativePath(uint32_t(i));
        e.hash = prints[i].hash;
        e.bytes = uint64_t(prints[i].bytes);
    }
    const std::optional<QSet<int>> skip = recorded(m_client, entries, &result.error);
    if (!skip)
        return result;
    result.skipped = int(skip->size());

    Sink sink(*this, entries, *skip);
    LoadJob job(std::move(collected));
    job.run(sink);
    sink.finish();

    result.problems = std::move(sink.problems());
    for (const int file : sink.committed()) {
        const LedgerEntry &e = entries[size_t(file)];
        ++result.files;
        result.rows += e.rows;
        result.malformed += e.malformed;
        result.bytes += qint64(e.bytes);
    }
    result.cancelled = m_cancel;
    result.error = sink.error();
    result.ok = result.error.isEmpty() && !result.cancelled;
    return result;
}
