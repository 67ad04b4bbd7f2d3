#pragma once

#include <QByteArray>
#include <QStringList>

// Everything the viewer remembers between runs, in one place. Widgets ask this class and
// never touch QSettings themselves.
class AppSettings
{
public:
    static constexpr int MaxRecent = 10;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QStringList recentPaths() const;
    // Puts `paths` at the top of the recent list (most recent first, no duplicates).
    void addRecentPaths(const QStringList &paths);
    void clearRecentPaths();

    QString lastFolder() const;
    void setLastFolder(const QString &folder);
};
