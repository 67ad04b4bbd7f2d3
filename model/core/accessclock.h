#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

// Which clock each server's IIS access logs were written in. IIS writes W3C times in UTC, but
// some sites log local time, and nothing in the file says so: the user gives the offset of
// that clock from UTC, for one server by name or for all. A row read at local time T is kept
// at T - offset (UTC), so it meets the httperr rows of the same moment.
class AccessClock
{
    Q_DECLARE_TR_FUNCTIONS(AccessClock)

public:
    static constexpr int32_t MaxOffset = 14 * 3600;

    // Reads "+02:00", "-05:30", "+2", "0" or "UTC" as seconds east of UTC; none when not one.
    static std::optional<int32_t> parseOffset(const QString &text);
    // "UTC", "UTC+02:00", "UTC-05:30".
    static QString offsetText(int32_t seconds);

    // Takes "SERVER=+02:00" (that server) or "+02:00" (every server not named). Returns why
    // it cannot, or nothing.
    QString add(const QString &spec);
    void setDefaultOffset(int32_t seconds) { m_default = seconds; }
    void setOffset(const QString &server, int32_t seconds);

    // What add() takes to make this clock again: "+02:00" (when not UTC) and "SERVER=-05:00"
    // (servers by name, in name order).
    QStringList specs() const;
    // The offset of the access logs of the server named `server` (ignoring case).
    int32_t offsetFor(const QString &server) const;
    int32_t defaultOffset() const { return m_default; }
    // True when every server's access logs are read as UTC.
    bool isUtc() const;
    bool operator==(const AccessClock &other) const;

private:
    int32_t m_default = 0;
    QHash<QString, int32_t> m_servers; // lower-case name -> offset
};
