#pragma once

#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <optional>

// The time zone times are shown and typed in: UTC (as the files are written), this machine's
// zone, or a zone picked by its IANA id (the customer's). A small value; the offset of the last
// stretch between two transitions is cached, so asking row after row of a long export costs a
// comparison, not a time-zone lookup. A copy per thread: the cache is not shared.
class DisplayZone
{
public:
    enum class Kind : uint8_t { Utc, System, Named };

    DisplayZone() = default; // UTC
    static DisplayZone utc() { return {}; }
    static DisplayZone system();
    // A zone by IANA id ("Europe/Berlin"); none when this machine does not know the id.
    static std::optional<DisplayZone> named(const QByteArray &ianaId);
    // The zone id() stands for; none for an unknown id.
    static std::optional<DisplayZone> fromId(const QString &id);

    Kind kind() const { return m_kind; }
    bool isUtc() const { return m_kind == Kind::Utc; }
    // What to remember the zone by: "UTC", "system" or the IANA id.
    QString id() const;
    // The zone for people: "UTC", "Europe/Berlin"; this machine's zone by its IANA id when it
    // has one, otherwise "local time".
    QString name() const;
    QTimeZone timeZone() const { return m_zone; }

    // Seconds the zone is ahead of UTC at `utc`.
    int offsetAt(int64_t utc) const;
    // `utc` as seconds on this zone's clock (what a wall clock there reads, counted like UTC).
    int64_t toWallClock(int64_t utc) const { return utc + offsetAt(utc); }
    // The UTC time at which this zone's clock reads `wall` (the earlier one when the clock
    // goes back and reads it twice; a time the clock skips counts with the offset before).
    int64_t fromWallClock(int64_t wall) const;
    // "UTC" or "UTC+05:30" for the offset at `utc`.
    QString offsetText(int64_t utc) const;
    // "+05:30", "-03:00" or "Z" in UTC: the ISO 8601 suffix for the offset at `utc`.
    QString isoSuffix(int64_t utc) const;

    bool operator==(const DisplayZone &other) const { return id() == other.id(); }
    bool operator!=(const DisplayZone &other) const { return !(*this == other); }

private:
    DisplayZone(Kind kind, const QTimeZone &zone);

    Kind m_kind = Kind::Utc;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_knownId = true; // the zone's id is an IANA id (not a POSIX rule from TZ)
    // The offset cached for [m_cacheFrom, m_cacheTo).
    mutable int64_t m_cacheFrom = 0;
    mutable int64_t m_cacheTo = 0;
    mutable int m_cacheOffset = 0;
};
