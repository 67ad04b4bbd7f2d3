#pragma once

#include "logfield.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <optional>

// Which part of a row a filter criterion looks at. The order is the order the filter bar and
// the error list use.
enum class FilterField : uint8_t {
    Reason,
    ClientIp,
    Url,
    Time,
    Status,
    Site,
    Queue,
    Method,
    ServerPort,
    Server, // the server a row's file belongs to (LogFileSet)
};

// The criterion that keeps only the rows with one value of a log field, if there is one.
std::optional<FilterField> filterFieldFor(LogField field);

// Every filter criterion exactly as the user typed or picked it; empty means "no filter".
// A plain value: the filter bar edits it, AppSettings remembers it, the command line builds it
// and RowFilter compiles it against a store.
struct FilterState
{
    QStringList reasons;         // show only these reasons (empty: every reason)
    QStringList excludedReasons; // never show these reasons
    QString clientIp;            // "10.1.*, 2001:db8::/32, !10.1.2.3"
    QString url;                 // "login", "*.php", "re:^/api/", "!/health"
    std::optional<int64_t> from; // UTC seconds, inclusive
    std::optional<int64_t> to;   // UTC seconds, inclusive
    QString status;              // value lists: "503, 400", "!GET"
    QString site;
    QString queue;
    QString method;
    QString serverPort;
    QStringList servers;         // show only these servers (empty: every server)
    QStringList excludedServers; // never show these servers

    // True when no criterion is set.
    bool isEmpty() const;
    // True when the only set criteria are the reason lists (or none).
    bool isOnlyReasons() const;
    bool operator==(const FilterState &other) const;
    bool operator!=(const FilterState &other) const { return !(*this == other); }

    // Keys are stable (settings written by one version are read by the next); unset criteria
    // are left out.
    QVariantMap toVariantMap() const;
    static FilterState fromVariantMap(const QVariantMap &map);

    // The value-list text of Status, Site, Queue, Method or ServerPort (empty for others).
    QString valueList(FilterField field) const;
    void setValueList(FilterField field, const QString &spec);
    // Clears one criterion (both reason or server lists, both ends for Time).
    void clear(FilterField field);

    // "Show only <value>" from a table cell: replaces the field's criterion with exactly that
    // value. Time takes the cell's text ("2024-01-02 03:04:05") and sets from = to.
    void showOnly(FilterField field, const QString &value);
    // "Exclude <value>" from a table cell: adds the value to what the field rejects. Not
    // possible for Time (returns false and changes nothing).
    bool exclude(FilterField field, const QString &value);
    // A server was renamed: the lists name it by its new name. False when they did not name it.
    bool renameServer(const QString &from, const QString &to);
    // Whether a field can exclude a single value.
    static bool canExclude(FilterField field);
};
