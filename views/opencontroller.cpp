#include "opencontroller.h"

#include "appsettings.h"
#include "logsession.h"
#include "noticebar.h"
#include "recentmenu.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace {
const QString NoticeKind = QStringLiteral("open");

// Resources (the bundled demo) and standard input ("-") are opened as they are named.
bool isPlainPath(const QString &path)
{
    return !path.startsWith(QLatin1Char(':')) && path != QLatin1String("-");
}
} // namespace

OpenController::OpenController(LogSession *session, RecentMenu *recent, NoticeBar *notices,
                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_recent(recent)
    , m_notices(notices)
    , m_keepFilters(new QAction(tr("&Keep Filters When Opening Files"), this))
{
    m_keepFilters->setCheckable(true);
    m_keepFilters->setChecked(AppSettings().keepFilters());
    m_keepFilters->setStatusTip(tr("Opening other files keeps the filters instead of showing "
                                   "every row"));
    connect(m_keepFilters, &QAction::toggled, this,
            [](bool keep) { AppSettings().setKeepFilters(keep); });
}

bool OpenController::open(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    if (m_session->openElsewhere(paths))
        return true; // a database address (DatabaseController)
    // Absolute paths: Open Recent and Reload must work from whatever folder comes next.
    QStringList absolute;
    QStringList unreadable;
    for (const QString &path : paths) {
        if (!isPlainPath(path)) {
            absolute << path;
            continue;
        }
        const QFileInfo info(path);
        absolute << info.absoluteFilePath();
        if (!info.exists() || !info.isReadable())
            unreadable << QDir::toNativeSeparators(info.absoluteFilePath());
    }
    if (!unreadable.isEmpty()) {
        // Nothing is dropped for a path that cannot be read: the rows shown stay.
        m_notices->showNotice(
            NoticeKind,
            tr("Cannot open %1: no such file or folder, or it cannot be read. What was loaded "
               "is still shown.")
                .arg(unreadable.join(QStringLiteral(", "))));
        return false;
    }
    m_notices->dismiss(NoticeKind);
    QStringList recent;
    for (const QString &path : absolute) {
        if (isPlainPath(path))
            recent << path;
    }
    if (!recent.isEmpty())
        m_recent->add(recent);
    // The first files of a run keep the filters remembered from the last (and announced).
    const bool otherFiles =
        !m_session->openedPaths().isEmpty() && absolute != m_session->openedPaths();
    if (otherFiles && !m_keepFilters->isChecked() && m_resetFilters)
        m_resetFilters();
    m_session->open(absolute);
    return true;
}
