#include "logfollower.h"

#include "logfilecollector.h"
#include "logsource.h"
#include "nativepath.h"
#include "rolloverorder.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace {
constexpr int DefaultPollMs = 1000;
constexpr int CoalesceMs = 50;
constexpr qint64 BytesPerCheck = 4 * 1024 * 1024;
// Time stamps are compared with this much slack: a file written while it was being loaded
// must be read again, whatever the file system's time stamp granularity.
constexpr qint64 ModifiedSlackMs = 2000;

// A plain log on disk, which can grow (not an archive member, not gzip, not a resource).
bool isFollowable(const QString &key)
{
    return !key.startsWith(QLatin1Char(':')) && !key.contains(LogSource::separator())
           && LogSource::fromKey(key).isPlainFile();
}
} // namespace

LogFollower::LogFollower(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(DefaultPollMs);
    m_soon.setSingleShot(true);
    m_soon.setInterval(CoalesceMs);
    connect(&m_poll, &QTimer::timeout, this, &LogFollower::checkNow);
    connect(&m_soon, &QTimer::timeout, this, &LogFollower::checkNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LogFollower::scheduleCheck);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogFollower::scheduleCheck);
}

LogFollower::~LogFollower() = default;

void LogFollower::setPollInterval(int ms)
{
    m_poll.setInterval(std::max(ms, 1));
}

void LogFollower::start(const QStringList &opened, const QStringList &files,
                        const std::vector<uint32_t> &loadedLines, const QDateTime &loadStarted)
{
    stop();
    m_active = true;
    m_files = files;
    const QDateTime changedAfter = loadStarted.addMSecs(-ModifiedSlackMs);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &key = files.at(i);
        if (!isFollowable(key))
            continue;
        const uint64_t lines = size_t(i) < loadedLines.size() ? loadedLines[size_t(i)] : 0;
        follow(int32_t(i), key, lines, NativePath::info(key).modified < changedAfter);
    }
    for (const QString &path : opened) {
        const QFileInfo info(path);
        if (path.startsWith(QLatin1Char(':')))
            continue;
        if (info.isDir()) {
            // The load took the logs of its subfolders too, so their new logs count as well.
            addFolder(path, -1);
            QDirIterator sub(path, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                             QDirIterator::Subdirectories);
            while (sub.hasNext())
                addFolder(sub.next(), -1);
        } else {
            const RolloverOrder::NameKey key = RolloverOrder::classify(info.fileName());
            if (key.scheme == RolloverOrder::Scheme::Numbered)
                addFolder(info.path(), key.value);
        }
    }
    m_poll.start();
    m_soon.start(0); // files that changed during the load
}

void LogFollower::stop()
{
    m_active = false;
    m_poll.stop();
    m_soon.stop();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_followers.clear();
    m_folders.clear();
    m_files.clear();
}

void LogFollower::follow(int32_t index, const QString &path, uint64_t loadedLines, bool upToDate)
{
    m_followers.push_back(std::make_unique<FileFollower>(index, path, loadedLines, upToDate));
    m_watcher.addPath(path);
}

void LogFollower::addFolder(const QString &path, qint64 minNumber)
{
    for (Folder &folder : m_folders) {
        if (folder.path == path) {
            // An opened folder takes every new log; an opened file only its successors.
            folder.minNumber =
                folder.minNumber < 0 || minNumber < 0 ? -1 : std::min(folder.minNumber, minNumber);
            return;
        }
    }
    m_folders.push_back({path, minNumber});
    m_watcher.addPath(path);
}

void LogFollower::scheduleCheck()
{
    if (m_active && !m_soon.isActive())
        m_soon.start();
}

void LogFollower::pause()
{
    ++m_pauses;
}

void LogFollower::resume()
{
    if (m_pauses > 0 && --m_pauses == 0 && m_active)
        m_soon.start(0); // what was written meanwhile
}

void LogFollower::checkNow()
{
    if (!m_active || m_pauses > 0)
        return;
    scanFolders();
    if (readChanged())
        m_soon.start(0); // more to read: go on after the event loop had its turn
}

void LogFollower::scanFolders()
{
    const QSet<QString> known(m_files.cbegin(), m_files.cend());
    std::vector<LogSource> added;
    for (const Folder &folder : m_folders) {
        const QDir dir(folder.path);
        const auto entries = dir.entryInfoList(QDir::Files | QDir::Hidden);
        for (const QFileInfo &entry : entries) {
            if (!LogFileCollector::isLogName(entry.fileName()) || known.contains(entry.filePath()))
                continue;
            const RolloverOrder::NameKey key = RolloverOrder::classify(entry.fileName());
            if (folder.minNumber >= 0
                && (key.scheme != RolloverOrder::Scheme::Numbered || key.value <= folder.minNumber))
                continue;
            added.push_back(LogSource::file(entry.filePath()));
        }
    }
    if (added.empty())
        return;
    RolloverOrder::sort(added);
    for (const LogSource &source : added) {
        m_files << source.path();
        follow(int32_t(m_files.size() - 1), source.path(), 0, false);
    }
    Q_EMIT filesChanged(m_files);
}

bool LogFollower::readChanged()
{
    qint64 budget = BytesPerCheck;
    bool more = false;
    for (const auto &follower : m_followers) {
        if (!follower->hasChanged())
            continue;
        if (budget <= 0) {
            more = true;
            break;
        }
        const qint64 before = follower->offset();
        FileFollower::Update update = follower->read(budget);
        budget -= std::max<qint64>(follower->offset() - (update.restarted ? 0 : before), 0);
        if (update.restarted) {
            LogProblem note;
            note.code = LogProblem::Code::Restarted;
            note.fileIndex = follower->fileIndex();
            note.path = follower->path();
            Q_EMIT problemFound(note);
            m_watcher.addPath(follower->path()); // a replaced file is a new one to watch
        }
        if (update.batch)
            Q_EMIT batchReady(update.batch);
        for (const LogProblem &problem : update.foreignBlocks)
            Q_EMIT problemFound(problem);
        more = more || update.more;
    }
    return more;
}
