#include "logsession.h"

#include "logsource.h"
#include "requestcoverage.h"
#include <QPointer>

LogSession::LogSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_loader, &LogLoader::fileSetResolved, this, &LogSession::takeFileSet);
    connect(&m_loader, &LogLoader::fileStarted, this, [this](int index) {
        Q_EMIT fileStarted(LogSource::displayName(m_table.store().fileName(uint32_t(index))));
    });
    connect(&m_loader, &LogLoader::batchReady, this, &LogSession::onBatch);
    m_loader.setWantsRequests(true);
    connect(&m_loader, &LogLoader::requestBatchReady, this, &LogSession::onRequestBatch);
    connect(&m_loader, &LogLoader::problemFound, this, [this](const LogProblem &p) {
        m_problems.append(p);
        Q_EMIT countsChanged();
    });
    connect(&m_loader, &LogLoader::progressChanged, this, [this](qint64 done, qint64 total) {
        m_totalBytes = total;
        Q_EMIT progressChanged(done, total);
    });
    connect(&m_loader, &LogLoader::finished, this, &LogSession::onLoaderFinished);
    connect(&m_table, &LogTableModel::timeOrderReady, this, &LogSession::onOrdered);
    connect(&m_requests, &RequestLog::ready, this, &LogSession::onOrdered);
    connectFollower();
}

void LogSession::onLoaderFinished(bool cancelled)
{
    m_cancelled = cancelled;
    m_finishing = true;
    if (m_reopening) {
        finishLoad(); // the rows are about to go: no need to order them
        return;
    }
    m_ordering = 2;
    m_table.finishLoadingInBackground(); // timeOrderReady() follows
    m_requests.finishInBackground();     // ready() follows
}

void LogSession::onOrdered()
{
    if (m_finishing && m_ordering > 0 && --m_ordering == 0)
        finishLoad();
}

void LogSession::finishLoad()
{
    m_finishing = false;
    m_ordering = 0;
    // Access logs of a server that cannot explain its httperr rows (another day, another clock)
    // are said when loading, as on the command line.
    if (!m_cancelled && !m_reopening)
        m_problems.append(RequestCoverage::check(m_table.store(), m_requests.store()));
    Q_EMIT countsChanged();
    Q_EMIT loadFinished(m_cancelled);
    if (m_following && !m_cancelled && !m_reopening && !m_fromSource)
        startFollowing();
}

void LogSession::connectFollower()
{
    connect(&m_follower, &LogFollower::filesChanged, this,
            [this](const QStringList &files) { takeFileSet(LogFileSet::build(m_paths, files)); });
    connect(&m_follower, &LogFollower::batchReady, this, &LogSession::onBatch);
    connect(&m_follower, &LogFollower::problemFound, this, [this](const LogProblem &p) {
        m_problems.append(p);
        Q_EMIT countsChanged();
    });
}

void LogSession::takeFileSet(LogFileSet files)
{
    files.applyNames(m_serverNames);
    m_requests.setFileSet(files);
    m_table.setFileSet(files);
}

bool LogSession::renameServer(uint32_t server, const QString &name)
{
    if (!m_table.renameServer(server, name))
        return false;
    m_requests.renameServer(server, name);
    const LogFileSet &set = m_table.store().fileSet();
    m_serverNames.insert(set.serverKey(server), set.serverName(server));
    return true;
}

void LogSession::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (!following)
        m_follower.stop();
    else if (!m_loader.isRunning() && !m_finishing && !m_paths.isEmpty() && !m_fromSource)
        startFollowing(); // (while the rows are being ordered, finishLoad() starts it)
    Q_EMIT followingChanged(following);
}

std::shared_ptr<void> LogSession::pauseFollowing()
{
    m_follower.pause();
    // The token may outlive the session (a queued slot's copy): then there is nothing to resume.
    return std::shared_ptr<void>(nullptr, [session = QPointer<LogSession>(this)](void *) {
        if (session)
            session->m_follower.resume();
    });
}

void LogSession::startFollowing()
{
    // The last line of each file that the loader made a row of: the follower goes on after it.
    const LogStore &store = m_table.store();
    std::vector<uint32_t> loadedLines(size_t(store.files().size()), 0);
    for (size_t row = 0; row < store.rowCount(); ++row) {
        const uint32_t file = store.fileIndex(row);
        if (file < loadedLines.size())
            loadedLines[file] = std::max(loadedLines[file], store.line(row));
    }
    m_follower.start(m_paths, store.files(), loadedLines, m_loadStarted);
}

void LogSession::setExternalSource(std::function<bool(const QStringList &)> open,
                                   std::function<void()> cancel)
{
    m_externalOpen = std::move(open);
    m_externalCancel = std::move(cancel);
}

bool LogSession::openElsewhere(const QStringList &paths)
{
    return m_externalOpen && m_externalOpen(paths);
}

void LogSession::beginRows(const QStringList &paths)
{
    startOver(paths);
    m_external = true;
    m_fromSource = true;
}

void LogSession::setRowFiles(const LogFileSet &files, uint64_t malformed)
{
    m_malformed = malformed;
    takeFileSet(files);
    Q_EMIT countsChanged();
}

void LogSession::appendRows(const LogBatchPtr &batch)
{
    if (m_external)
        onBatch(batch);
}

void LogSession::reportProgress(qint64 done, qint64 total, const QString &what)
{
    if (!what.isEmpty())
        Q_EMIT fileStarted(what);
    Q_EMIT progressChanged(done, total);
}

void LogSession::finishRows(bool cancelled)
{
    if (!m_external)
        return;
    m_external = false;
    onLoaderFinished(cancelled);
}

void LogSession::open(const QStringList &paths)
{
    if (!paths.isEmpty() && openElsewhere(paths))
        return;
    if (m_external && m_externalCancel)
        m_externalCancel(); // files replace what a database was bringing
    startOver(paths);
    m_fromSource = false;
    m_loader.start(paths);
}

void LogSession::startOver(const QStringList &paths)
{
    m_reopening = true;
    m_loader.cancel();
    if (m_finishing) {
        m_cancelled = true;
        finishLoad(); // its rows were being ordered: the reset below drops that work
    }
    m_reopening = false;
    m_external = false;
    m_follower.stop();
    m_loadStarted = QDateTime::currentDateTimeUtc();
    m_paths = paths;
    m_malformed = 0;
    m_totalBytes = 0;
    m_reserved = false;
    m_loader.setBatchInterval(0);
    m_table.reset();
    m_requests.clear();
    m_problems.clear();
    Q_EMIT loadStarted();
    Q_EMIT countsChanged();
}

void LogSession::cancel()
{
    m_loader.cancel();
    if (m_externalCancel)
        m_externalCancel();
}

void LogSession::onBatch(const LogBatchPtr &batch)
{
    if (!m_reserved && batch->rowCount() > 0) {
        // The first rows tell how many the whole load will bring: make room for all at once.
        m_reserved = true;
        m_table.reserve(LogStore::estimateRows(uint64_t(m_totalBytes), *batch));
    }
    m_table.appendBatch(*batch);
    // Each insertion repaints the view, and a table view walks all its rows once after each
    // (QHeaderView keeps one entry per row): the bigger the table, the rarer the insertions.
    // From 25 ms (a repaint costs a few) to 50 ms at ten million rows (the walk costs ~20).
    m_loader.setBatchInterval(int(std::min<qint64>(25 + m_table.rowCount() / 400000, 50)));
    dropCompletedLineNote(*batch);
    m_problems.append(batch->problems);
    m_malformed += batch->malformed;
    Q_EMIT countsChanged();
}

void LogSession::onRequestBatch(const RequestBatchPtr &batch)
{
    m_requests.append(*batch);
    m_problems.append(batch->problems);
    Q_EMIT countsChanged();
}

void LogSession::dropCompletedLineNote(const LogBatch &batch)
{
    // Only a followed file brings lines after one the loader found cut short: that line was
    // being written, and this batch holds it whole (as a row, or as a problem of its own).
    uint64_t last = batch.lines.empty() ? 0 : batch.lines.back();
    for (const LogProblem &p : batch.problems)
        last = std::max(last, p.line);
    if (last > 0) {
        const int dropped = m_problems.dropCutShort(batch.fileIndex, last);
        m_malformed -= std::min<uint64_t>(m_malformed, uint64_t(dropped));
    }
}
