#pragma once

#include "logfollower.h"
#include "logloader.h"
#include "logtablemodel.h"
#include "problemlistmodel.h"
#include "requestlog.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

// One opened set of files: the loader, the table of rows and the list of problems, kept in
// step. The window shows a session; tests drive one without any widget. GUI thread only.
class LogSession : public QObject
{
    Q_OBJECT
public:
    explicit LogSession(QObject *parent = nullptr);

    LogTableModel *tableModel() { return &m_table; }
    ProblemListModel *problemModel() { return &m_problems; }
    LogLoader *loader() { return &m_loader; }
    // The rows of the IIS access logs among the files (never in the table's rows or counts).
    RequestLog *requests() { return &m_requests; }
    const RequestLog *requests() const { return &m_requests; }

    // Drops what is loaded and loads `paths` (files and folders) in the background.
    void open(const QStringList &paths);
    void cancel();
    // True while rows still change by loading: the loader runs, or the rows are being put in
    // time order.
    bool isLoading() const { return m_loader.isRunning() || m_finishing || m_external; }

    // Rows that another source brings (a database): `open` is asked first by open() and
    // openElsewhere() and says whether it took the paths; `cancel` is called by cancel().
    void setExternalSource(std::function<bool(const QStringList &)> open,
                           std::function<void()> cancel);
    // True when the external source took `paths` (it then opens them itself).
    bool openElsewhere(const QStringList &paths);
    // The external source's load, as a load of files: replaces what is loaded with no rows
    // (loadStarted() follows), then setRowFiles() (the files the rows' file indexes refer
    // to), appendRows() batches, finishRows(), which puts the rows in time order and ends
    // with loadFinished().
    void beginRows(const QStringList &paths);
    void setRowFiles(const LogFileSet &files, uint64_t malformed);
    void appendRows(const LogBatchPtr &batch);
    void reportProgress(qint64 done, qint64 total, const QString &what);
    void finishRows(bool cancelled);

    // What the user asked to open, and the files that turned out to be in it.
    QStringList openedPaths() const { return m_paths; }
    QStringList files() const { return m_table.store().files(); }
    // Lines that could not be read as rows, of httperr files and access logs alike.
    uint64_t malformedCount() const { return m_malformed + m_requests.malformedCount(); }

    // Names the user gave servers (server key -> name): applied to every file set from now on.
    void setServerNames(const QHash<QString, QString> &names) { m_serverNames = names; }
    QHash<QString, QString> serverNames() const { return m_serverNames; }
    // Renames a server of the loaded files and remembers it for its key; false when the name
    // is empty or another server's.
    bool renameServer(uint32_t server, const QString &name);

    // Follow mode: once loaded, new lines appended to the files (and new files in the
    // folders) are added as they are written, until turned off or something else is opened.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    LogFollower *follower() { return &m_follower; }
    // Freezes the rows for work that reads them on another thread (an export, a report): no
    // followed line is added until the returned token is released (dropped or reset), then
    // what the files gained meanwhile is read at once. Tokens may overlap.
    [[nodiscard]] std::shared_ptr<void> pauseFollowing();

Q_SIGNALS:
    void loadStarted();
    void progressChanged(qint64 done, qint64 total);
    // The loader started reading this file (its display name, "support.zip › WEB01/…").
    void fileStarted(const QString &name);
    // Rows, malformed lines or problems changed (throttle before repainting anything big).
    void countsChanged();
    // The load ended and its rows are in time order.
    void loadFinished(bool cancelled);
    // Follow mode was turned on or off.
    void followingChanged(bool following);

private:
    void onBatch(const LogBatchPtr &batch);
    void onRequestBatch(const RequestBatchPtr &batch);
    // One of the two stores is in time order: the load ends once both are.
    void onOrdered();
    // Drops what is loaded (and a load under way) and announces a load of `paths`.
    void startOver(const QStringList &paths);
    void takeFileSet(LogFileSet files);
    void dropCompletedLineNote(const LogBatch &batch);
    void connectFollower();
    void startFollowing();
    // The loader is done: the rows are put in time order (off this thread), then it is over.
    void onLoaderFinished(bool cancelled);
    void finishLoad();

    LogLoader m_loader;
    LogFollower m_follower;
    QDateTime m_loadStarted;
    bool m_following = false;
    LogTableModel m_table;
    RequestLog m_requests;
    ProblemListModel m_problems;
    QStringList m_paths;
    QHash<QString, QString> m_serverNames;
    uint64_t m_malformed = 0;
    qint64 m_totalBytes = 0;
    bool m_reserved = false;
    bool m_finishing = false;  // the loader is done, the rows are being put in time order
    int m_ordering = 0;        // stores (httperr, access log) still being put in time order
    bool m_cancelled = false;  // how the loader ended
    bool m_reopening = false;  // open() is cancelling the previous load
    bool m_external = false;   // beginRows() ... finishRows() runs
    bool m_fromSource = false; // the rows came from the external source (nothing to follow)
    std::function<bool(const QStringList &)> m_externalOpen;
    std::function<void()> m_externalCancel;
};
