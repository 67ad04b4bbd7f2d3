#pragma once

#include "displayzone.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <optional>

// Formats times for people (never for exports, which stay ISO 8601) and reads what they type:
// the locale's date and time conventions with a four-digit year and seconds, in the zone the
// user chose (UTC, this machine's or the customer's), with the zone always named.
class TimeFormat
{
public:
    explicit TimeFormat(const DisplayZone &zone = DisplayZone(), const QLocale &locale = QLocale());

    const DisplayZone &displayZone() const { return m_zone; }
    // "10.03.2026 00:00:02" (German), "3/10/2026 12:00:02 AM" (US English); no zone.
    QString dateTime(int64_t seconds) const;
    QString date(int64_t seconds) const;
    QString time(int64_t seconds) const;
    // "UTC", or in another zone the offset at that moment: "UTC+01:00".
    QString zone(int64_t seconds) const;
    // The zone's offset and name: "UTC", "UTC+01:00 (Europe/Berlin)".
    QString zoneLabel(int64_t seconds) const;
    // "10.03.2026 00:00:02 – 23:59:59 UTC": the date once when both ends share it, the offset
    // once unless it changes in between (a daylight-saving switch), then the zone's name.
    QString span(int64_t first, int64_t last) const;
    // dateTime() and the zone's label.
    QString dateTimeWithZone(int64_t seconds) const;

    // Reads a time typed for the zone: what dateTime() writes, or ISO 8601
    // ("2026-03-10 14:05:00", "2026-03-10T14:05:00"), both read on this zone's clock unless an
    // offset or Z says otherwise; a date alone is the start of that day, or with `end` its last
    // second. None when the text is not a time.
    std::optional<int64_t> parse(const QString &text, bool end = false) const;

    // The QDateTime format strings derived from a locale's short formats.
    static QString dateFormatFor(const QLocale &locale);
    static QString timeFormatFor(const QLocale &locale);
    // timeFormatFor() without the seconds: "HH:mm", "h:mm AP".
    static QString minutesFormatFor(const QLocale &locale);

private:
    QDateTime toDateTime(int64_t seconds) const;
    std::optional<int64_t> parseLocale(const QString &text, bool end) const;

    DisplayZone m_zone;
    QLocale m_locale;
    QString m_dateFormat;
    QString m_timeFormat;
};
