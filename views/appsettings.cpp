#include "appsettings.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString TableColumnsKey = QStringLiteral("window/tableColumns");
const QString RecentKey = QStringLiteral("files/recent");
const QString LastFolderKey = QStringLiteral("files/lastFolder");
const QString TimeZoneLocalKey = QStringLiteral("view/timeZoneLocal"); // before zones by id
const QString TimeZoneKey = QStringLiteral("view/timeZone");
const QString RecentZonesKey = QStringLiteral("view/recentTimeZones");
const QString KeepFiltersKey = QStringLiteral("filters/keep");

QString folderKey(AppSettings::FolderKind kind)
{
    switch (kind) {
    case AppSettings::FolderKind::Export:
        return QStringLiteral("files/exportFolder");
    case AppSettings::FolderKind::Report:
        return QStringLiteral("files/reportFolder");
    case AppSettings::FolderKind::Image:
        return QStringLiteral("files/imageFolder");
    case AppSettings::FolderKind::Screenshot:
        return QStringLiteral("files/screenshotFolder");
    }
    return QStringLiteral("files/otherFolder");
}
const QString BucketSecondsKey = QStringLiteral("view/bucketSeconds");
const QString LanguageKey = QStringLiteral("view/language");
const QString FilterKey = QStringLiteral("filters/active");
const QString ServerNamesKey = QStringLiteral("servers/names");
const QString ByServerKey = QStringLiteral("timeline/byServer");
const QString SlowSecondsKey = QStringLiteral("requests/slowSeconds");
const QString AccessClocksKey = QStringLiteral("requests/clocks");
const QString RowLimitKey = QStringLiteral("database/rowLimit");
const QString LastDatabaseKey = QStringLiteral("database/last");
} // namespace

void AppSettings::storeIn(const QString &folder)
{
    // QSettings() (the only way this class opens them) takes the default format.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

QString AppSettings::location()
{
    return QSettings().fileName();
}

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

QVariantList AppSettings::tableColumns() const
{
    return QSettings().value(TableColumnsKey).toList();
}

void AppSettings::setTableColumns(const QVariantList &columns)
{
    QSettings().setValue(TableColumnsKey, columns);
}

void AppSettings::resetLayout()
{
    QSettings settings;
    settings.remove(GeometryKey);
    settings.remove(StateKey);
    settings.remove(TableColumnsKey);
}

QStringList AppSettings::recentPaths() const
{
    return QSettings().value(RecentKey).toStringList();
}

void AppSettings::addRecentPaths(const QStringList &paths)
{
    QStringList recent = recentPaths();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        // Absolute: the next start may be from another working folder.
        const QString path = QFileInfo(*it).absoluteFilePath();
        recent.removeAll(path);
        recent.prepend(path);
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

QString AppSettings::lastFolder(FolderKind kind) const
{
    return QSettings().value(folderKey(kind)).toString();
}

void AppSettings::setLastFolder(FolderKind kind, const QString &folder)
{
    QSettings().setValue(folderKey(kind), folder);
}

QString AppSettings::timeZoneId() const
{
    QSettings settings;
    if (settings.contains(TimeZoneKey))
        return settings.value(TimeZoneKey).toString();
    // Older versions knew only UTC and local time.
    return settings.value(TimeZoneLocalKey, false).toBool() ? QStringLiteral("system")
                                                            : QStringLiteral("UTC");
}

void AppSettings::setTimeZoneId(const QString &id)
{
    QSettings settings;
    settings.setValue(TimeZoneKey, id);
    settings.remove(TimeZoneLocalKey);
}

QStringList AppSettings::recentTimeZones() const
{
    return QSettings().value(RecentZonesKey).toStringList();
}

void AppSettings::addRecentTimeZone(const QString &id)
{
    QStringList recent = recentTimeZones();
    recent.removeAll(id);
    recent.prepend(id);
    while (recent.size() > MaxRecentTimeZones)
        recent.removeLast();
    QSettings().setValue(RecentZonesKey, recent);
}

int AppSettings::bucketSeconds() const
{
    bool ok = false;
    const int seconds = QSettings().value(BucketSecondsKey, DefaultBucketSeconds).toInt(&ok);
    return ok && seconds >= 0 ? seconds : DefaultBucketSeconds;
}

void AppSettings::setBucketSeconds(int seconds)
{
    QSettings().setValue(BucketSecondsKey, seconds);
}

QString AppSettings::language() const
{
    return QSettings().value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(LanguageKey, code);
}

FilterState AppSettings::filterState() const
{
    return FilterState::fromVariantMap(QSettings().value(FilterKey).toMap());
}

void AppSettings::setFilterState(const FilterState &state)
{
    if (state.isEmpty())
        QSettings().remove(FilterKey);
    else
        QSettings().setValue(FilterKey, state.toVariantMap());
}

QHash<QString, QString> AppSettings::serverNames() const
{
    QHash<QString, QString> names;
    const QVariantMap map = QSettings().value(ServerNamesKey).toMap();
    for (auto it = map.begin(); it != map.end(); ++it)
        names.insert(it.key(), it.value().toString());
    return names;
}

void AppSettings::setServerNames(const QHash<QString, QString> &names)
{
    QVariantMap map;
    for (auto it = names.begin(); it != names.end(); ++it)
        map.insert(it.key(), it.value());
    QSettings().setValue(ServerNamesKey, map);
}

bool AppSettings::timelineByServer() const
{
    return QSettings().value(ByServerKey, false).toBool();
}

void AppSettings::setTimelineByServer(bool byServer)
{
    QSettings().setValue(ByServerKey, byServer);
}

uint32_t AppSettings::slowSeconds() const
{
    bool ok = false;
    const uint value = QSettings().value(SlowSecondsKey).toUInt(&ok);
    return ok && value >= 1 && value <= 86400 ? value : 110;
}

void AppSettings::setSlowSeconds(uint32_t seconds)
{
    QSettings().setValue(SlowSecondsKey, seconds);
}

QStringList AppSettings::accessClocks() const
{
    return QSettings().value(AccessClocksKey).toStringList();
}

void AppSettings::setAccessClocks(const QStringList &specs)
{
    QSettings().setValue(AccessClocksKey, specs);
}

bool AppSettings::keepFilters() const
{
    return QSettings().value(KeepFiltersKey, false).toBool();
}

void AppSettings::setKeepFilters(bool keep)
{
    QSettings().setValue(KeepFiltersKey, keep);
}

int AppSettings::databaseRowLimit() const
{
    bool ok = false;
    const int rows = QSettings().value(RowLimitKey).toInt(&ok);
    return ok ? std::clamp(rows, MinDatabaseRowLimit, MaxDatabaseRowLimit)
              : DefaultDatabaseRowLimit;
}

void AppSettings::setDatabaseRowLimit(int rows)
{
    QSettings().setValue(RowLimitKey, std::clamp(rows, MinDatabaseRowLimit, MaxDatabaseRowLimit));
}

QString AppSettings::lastDatabase() const
{
    return QSettings().value(LastDatabaseKey).toString();
}

void AppSettings::setLastDatabase(const QString &address)
{
    QSettings().setValue(LastDatabaseKey, address);
}
