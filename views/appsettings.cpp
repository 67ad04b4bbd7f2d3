#include "appsettings.h"

#include <QSettings>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString RecentKey = QStringLiteral("files/recent");
const QString LastFolderKey = QStringLiteral("files/lastFolder");
} // namespace

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return QSettings().value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(StateKey, state);
}

QStringList AppSettings::recentPaths() const
{
    return QSettings().value(RecentKey).toStringList();
}

void AppSettings::addRecentPaths(const QStringList &paths)
{
    QStringList recent = recentPaths();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        recent.removeAll(*it);
        recent.prepend(*it);
    }
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(RecentKey, recent);
}

void AppSettings::clearRecentPaths()
{
    QSettings().remove(RecentKey);
}

QString AppSettings::lastFolder() const
{
    return QSettings().value(LastFolderKey).toString();
}

void AppSettings::setLastFolder(const QString &folder)
{
    QSettings().setValue(LastFolderKey, folder);
}
