#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <cstdint>

// Formats times for people (never for exports, which stay ISO 8601): the locale's date and time
// conventions with a four-digit year and seconds, in UTC or in the local time zone, with the
// zone always named.
class TimeFormat
{
public:
    explicit TimeFormat(bool localTime = false, const QLocale &locale = QLocale());

    bool isLocalTime() const { return m_local; }
    // "10.03.2026 00:00:02" (German), "3/10/2026 12:00:02 AM" (US English); no zone.
    QString dateTime(int64_t seconds) const;
    QString date(int64_t seconds) const;
    QString time(int64_t seconds) const;
    // "UTC", or in local time the offset at that moment: "UTC+01:00".
    QString zone(int64_t seconds) const;
    // "10.03.2026 00:00:02 – 23:59:59 UTC": the date once when both ends share it, the zone
    // once unless it changes in between (a daylight-saving switch).
    QString span(int64_t first, int64_t last) const;

    // The QDateTime format strings derived from a locale's short formats.
    static QString dateFormatFor(const QLocale &locale);
    static QString timeFormatFor(const QLocale &locale);

private:
    QDateTime toDateTime(int64_t seconds) const;

    bool m_local;
    QLocale m_locale;
    QString m_dateFormat;
    QString m_timeFormat;
};
