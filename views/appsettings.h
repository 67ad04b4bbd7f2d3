#pragma once

#include "filterstate.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVariantList>

// Everything the viewer remembers between runs, in one place. Widgets ask this class and
// never touch QSettings themselves. Each getter returns a sensible default when nothing is stored.
class AppSettings
{
public:
    // Keeps every setting in an INI file below `folder` (<folder>/<organization>/<application>.ini)
    // instead of the platform's own store (registry, property list, ~/.config): for
    // --screenshot, the tests and HTTPERR_SETTINGS_DIR. Call before the first setting is read.
    static void storeIn(const QString &folder);
    // Where the settings are kept: a file, or on Windows by default a registry key.
    static QString location();

    static constexpr int MaxRecent = 10;
    static constexpr int DefaultBucketSeconds = 0; // 0: choose the bucket size automatically

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // The log table's columns: order, widths and visibility, keyed by column (see LogTableView).
    QVariantList tableColumns() const;
    void setTableColumns(const QVariantList &columns);
    // Forgets window geometry, dock and toolbar layout and the table's columns.
    void resetLayout();

    QStringList recentPaths() const;
    // Puts `paths` at the top of the recent list (most recent first, no duplicates).
    void addRecentPaths(const QStringList &paths);
    void clearRecentPaths();

    // The folder the Open dialogs start in.
    QString lastFolder() const;
    void setLastFolder(const QString &folder);
    // The folder each kind of save dialog last wrote to, so that exports, reports, chart images
    // and screenshots each start where that kind went last; empty when none yet.
    enum class FolderKind : uint8_t { Export, Report, Image, Screenshot };
    QString lastFolder(FolderKind kind) const;
    void setLastFolder(FolderKind kind, const QString &folder);

    // The zone times are shown and typed in: "UTC" (the default, as in the files), "system" or
    // an IANA id (see DisplayZone::id()).
    QString timeZoneId() const;
    void setTimeZoneId(const QString &id);
    static constexpr int MaxRecentTimeZones = 8;
    // Zones picked by name, the last one first.
    QStringList recentTimeZones() const;
    void addRecentTimeZone(const QString &id);
    // The chart's bucket size in seconds; DefaultBucketSeconds means automatic.
    int bucketSeconds() const;
    void setBucketSeconds(int seconds);

    // The timeline's bars are stacked by server (when there are servers) instead of by reason.
    bool timelineByServer() const;
    void setTimelineByServer(bool byServer);

    // The user interface language ("de", "fr", ...); empty means "follow the system".
    QString language() const;
    void setLanguage(const QString &code);

    // The filters active when the viewer was last used.
    FilterState filterState() const;
    void setFilterState(const FilterState &state);

    // The names the user gave servers, by the path each stands for (LogFileSet::serverKey).
    QHash<QString, QString> serverNames() const;
    void setServerNames(const QHash<QString, QString> &names);
    // IIS access-log requests that took this many seconds or longer count as slow in a spike's
    // evidence (1 to 86,400; 110 by default, a little under HTTP.sys's two minutes).
    uint32_t slowSeconds() const;
    void setSlowSeconds(uint32_t seconds);
    // The clocks of access logs written in local time, as AccessClock::add() takes them
    // ("+02:00", "WEB01=-05:00"); empty: all UTC.
    QStringList accessClocks() const;
    void setAccessClocks(const QStringList &specs);
    // Whether opening other files keeps the filters (off: they start unfiltered).
    bool keepFilters() const;
    void setKeepFilters(bool keep);

    // The most rows the window fetches from a database (the timeline counts them all).
    static constexpr int DefaultDatabaseRowLimit = 1000000;
    static constexpr int MinDatabaseRowLimit = 1000;
    static constexpr int MaxDatabaseRowLimit = 100000000;
    int databaseRowLimit() const;
    void setDatabaseRowLimit(int rows);
    // The database address last opened (an address never holds a password).
    QString lastDatabase() const;
    void setLastDatabase(const QString &address);
};
