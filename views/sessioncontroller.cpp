#include "sessioncontroller.h"

#include "appsettings.h"
#include "bookmarkmodel.h"
#include "displayclock.h"
#include "filtercontroller.h"
#include "logsession.h"
#include "spikecontroller.h"
#include "timelinechart.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

SessionController::SessionController(const Parts &parts, QWidget *window)
    : QObject(window)
    , m_parts(parts)
    , m_window(window)
    , m_save(new QAction(tr("Save Sessi&on…"), this))
    , m_open(new QAction(tr("Open Sess&ion…"), this))
    , m_locate([this](const QString &missing) { return askWhere(missing); })
{
    m_save->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_save->setStatusTip(tr("Save the files, filters, time zone, bookmarks and selected spike "
                            "to hand the investigation on"));
    connect(m_save, &QAction::triggered, this, [this] {
        const QString folder = AppSettings().lastFolder(AppSettings::FolderKind::Report);
        QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save Session"),
            (folder.isEmpty() ? QDir::homePath() : folder) + QStringLiteral("/investigation")
                + SessionFile::suffix(),
            tr("HttpErr Viewer session (*%1)").arg(SessionFile::suffix()));
        if (path.isEmpty())
            return;
        if (!SessionFile::isSessionPath(path))
            path += SessionFile::suffix();
        AppSettings().setLastFolder(AppSettings::FolderKind::Report,
                                    QFileInfo(path).absolutePath());
        save(path);
    });
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Open Session"), QString(),
            tr("HttpErr Viewer session (*%1)").arg(SessionFile::suffix()));
        if (!path.isEmpty())
            open(path);
    });
}

SessionFile SessionController::current() const
{
    SessionFile s;
    for (const QString &path : m_parts.session->openedPaths())
        s.paths << QFileInfo(path).absoluteFilePath();
    s.filter = m_parts.filters->state();
    s.zoneId = m_parts.clock->zoneId();
    s.bookmarks = m_parts.bookmarks->bookmarks();
    s.selectedSpike = m_parts.spikes->selectedIndex();
    return s;
}

bool SessionController::save(const QString &path)
{
    const QString error = current().save(path);
    Q_EMIT message(error.isEmpty() ? tr("Session saved to %1").arg(QDir::toNativeSeparators(path))
                                   : error);
    return error.isEmpty();
}

bool SessionController::open(const QString &path)
{
    QString error;
    std::optional<SessionFile> session = SessionFile::load(path, &error);
    if (!session) {
        Q_EMIT message(error);
        return false;
    }
    return restore(std::move(*session));
}

QString SessionController::askWhere(const QString &missing) const
{
    const QFileInfo info(missing);
    return QFileDialog::getOpenFileName(m_window, tr("Where is %1 now?").arg(info.fileName()),
                                        QString(),
                                        tr("%1 (%1);;All files (*)").arg(info.fileName()));
}

bool SessionController::restore(SessionFile session)
{
    QStringList paths;
    const QStringList wanted = session.paths; // moveFiles() changes session.paths
    for (const QString &path : wanted) {
        if (QFileInfo::exists(path)) {
            paths << path;
            continue;
        }
        const QString found = m_locate(path);
        if (found.isEmpty())
            continue;
        paths << found;
        session.moveFiles(path, found);
    }
    if (paths.isEmpty()) {
        Q_EMIT message(tr("None of the session's files could be found."));
        return false;
    }
    m_parts.clock->setZoneId(session.zoneId);
    disconnect(m_pending);
    if (!m_parts.open(paths))
        return false;
    // Once the rows are there: the filters, the notes and the spike.
    m_pending =
        connect(m_parts.session, &LogSession::loadFinished, this, [this, session](bool cancelled) {
            disconnect(m_pending);
            if (cancelled)
                return;
            m_parts.filters->change(session.filter);
            m_parts.bookmarks->setBookmarks(session.bookmarks);
            if (session.selectedSpike >= 0)
                m_parts.spikes->select(session.selectedSpike);
        });
    return true;
}
