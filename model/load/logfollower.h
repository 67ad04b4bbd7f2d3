#pragma once

#include "filefollower.h"
#include "logbatch.h"
#include "logproblem.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

// Follows a loaded set of logs as HTTP.sys keeps writing: reads the lines appended to each
// plain file, and picks up the new files a roll-over creates in a followed folder (any new
// *.log in an opened folder; a higher httperrN.log next to an opened httperrN.log). Archives
// and gzip files do not change and are not followed. File system notifications trigger a
// check at once; a cheap poll (size and time stamp only) catches what they miss. New data is
// parsed on the GUI thread a bounded piece at a time, so a burst never freezes the window.
class LogFollower : public QObject
{
    Q_OBJECT
public:
    explicit LogFollower(QObject *parent = nullptr);
    ~LogFollower() override;

    // Starts following. `opened`: what the user opened; `files`: the loaded sources (keys) in
    // file-index order; `loadedLines[i]`: the last line of file i the loader turned into a
    // row (0 for none); files changed after `loadStarted` are read again at once.
    void start(const QStringList &opened, const QStringList &files,
               const std::vector<uint32_t> &loadedLines, const QDateTime &loadStarted);
    void stop();
    bool isActive() const { return m_active; }
    // The poll interval (ms); tests shorten it.
    void setPollInterval(int ms);
    // Files followed (plain files of the set, and those added since).
    int followedCount() const { return int(m_followers.size()); }

    // Checks every followed file and folder now (also what the watcher and the poll call).
    void checkNow();

    // While paused (pause() called more often than resume()) nothing is read and no file is
    // added, so the rows stay as they are for work that reads them on another thread; the
    // files keep what is written meanwhile, and the last resume() reads it at once.
    void pause();
    void resume();
    bool isPaused() const { return m_pauses > 0; }

Q_SIGNALS:
    // The file list grew (a roll-over created a file); a batch's fileIndex indexes `files`.
    void filesChanged(const QStringList &files);
    // Rows parsed from lines appended to one file.
    void batchReady(const LogBatchPtr &batch);
    // A followed file was truncated or replaced, or a new file is no httperr log.
    void problemFound(const LogProblem &problem);

private:
    struct Folder
    {
        QString path;
        qint64 minNumber = -1; // -1: any *.log; else only httperrN.log with N > minNumber
    };

    void scheduleCheck();
    void scanFolders();
    bool readChanged();
    void follow(int32_t index, const QString &path, uint64_t loadedLines, bool upToDate);
    void addFolder(const QString &path, qint64 minNumber);

    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QTimer m_soon; // coalesces bursts of notifications into one check
    std::vector<std::unique_ptr<FileFollower>> m_followers;
    std::vector<Folder> m_folders;
    QStringList m_files;
    bool m_active = false;
    int m_pauses = 0;
};
