#include "timeformat.h"

#include "timeutil.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace {
constexpr int64_t Day = 86400;

// Seconds since the epoch for a date and time read off a clock (no zone).
int64_t wallSeconds(const QDate &date, const QTime &time)
{
    return TimeUtil::daysFromCivil(date.year(), unsigned(date.month()), unsigned(date.day())) * Day
           + time.msecsSinceStartOfDay() / 1000;
}
} // namespace

TimeFormat::TimeFormat(const DisplayZone &zone, const QLocale &locale)
    : m_zone(zone)
    , m_locale(locale)
    , m_dateFormat(dateFormatFor(locale))
    , m_timeFormat(timeFormatFor(locale))
{}

QString TimeFormat::dateFormatFor(const QLocale &locale)
{
    // The C locale (no language set up, as in scripts and CI) writes ISO 8601.
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    // Short formats keep dates compact, but a two-digit year is ambiguous in logs kept for years.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")) && format.contains(QLatin1String("yy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString TimeFormat::timeFormatFor(const QLocale &locale)
{
    // Short time formats drop the seconds, which log events need; add them after the minutes,
    // with the separator the locale puts before the minutes.
    if (locale.language() == QLocale::C)
        return QStringLiteral("HH:mm:ss");
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1Char('s')))
        return format;
    const qsizetype minutes = format.indexOf(QLatin1String("mm"));
    if (minutes < 0)
        return locale.timeFormat(QLocale::LongFormat);
    const QChar separator = minutes > 0 ? format.at(minutes - 1) : QLatin1Char(':');
    format.insert(minutes + 2, QString(separator) + QLatin1String("ss"));
    return format;
}

QString TimeFormat::minutesFormatFor(const QLocale &locale)
{
    QString format = timeFormatFor(locale);
    const qsizetype seconds = format.indexOf(QLatin1String("ss"));
    if (seconds > 0)
        format.remove(seconds - 1, 3); // the seconds and the separator before them
    return format;
}

QDateTime TimeFormat::toDateTime(int64_t seconds) const
{
    // The zone's clock reading, held as UTC: no zone lookup beyond the cached offset.
    return QDateTime::fromSecsSinceEpoch(m_zone.toWallClock(seconds), QTimeZone::utc());
}

QString TimeFormat::dateTime(int64_t seconds) const
{
    const QDateTime dt = toDateTime(seconds);
    return m_locale.toString(dt.date(), m_dateFormat) + QLatin1Char(' ')
           + m_locale.toString(dt.time(), m_timeFormat);
}

QString TimeFormat::date(int64_t seconds) const
{
    return m_locale.toString(toDateTime(seconds).date(), m_dateFormat);
}

QString TimeFormat::time(int64_t seconds) const
{
    return m_locale.toString(toDateTime(seconds).time(), m_timeFormat);
}

QString TimeFormat::zone(int64_t seconds) const
{
    return m_zone.offsetText(seconds);
}

QString TimeFormat::zoneLabel(int64_t seconds) const
{
    if (m_zone.isUtc())
        return zone(seconds);
    return QStringLiteral("%1 (%2)").arg(zone(seconds), m_zone.name());
}

QString TimeFormat::dateTimeWithZone(int64_t seconds) const
{
    return dateTime(seconds) + QLatin1Char(' ') + zoneLabel(seconds);
}

QString TimeFormat::span(int64_t first, int64_t last) const
{
    const QString dash = QStringLiteral(" – ");
    const QString firstText = dateTime(first);
    const QString lastText = date(first) == date(last) ? time(last) : dateTime(last);
    const QString name = m_zone.isUtc() ? QString() : QStringLiteral(" (%1)").arg(m_zone.name());
    if (zone(first) != zone(last))
        return firstText + QLatin1Char(' ') + zone(first) + dash + lastText + QLatin1Char(' ')
               + zone(last) + name;
    return firstText + dash + lastText + QLatin1Char(' ') + zone(last) + name;
}

std::optional<int64_t> TimeFormat::parse(const QString &text, bool end) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // An explicit Z or offset after the time ("…14:05:00Z", "…14:05:00+01:00") fixes the instant.
    static const QRegularExpression offset(QStringLiteral("(?:[zZ]|[+-]\\d\\d(?::?\\d\\d)?)$"));
    if (trimmed.size() > 10 && offset.match(trimmed.mid(10)).hasMatch()) {
        if (const auto t = TimeUtil::parseIso(trimmed))
            return t;
    }
    // Without one, ISO 8601 is read as this zone's clock.
    if (const auto t = end ? TimeUtil::parseIsoEnd(trimmed) : TimeUtil::parseIso(trimmed))
        return m_zone.fromWallClock(*t);
    return parseLocale(trimmed, end);
}

std::optional<int64_t> TimeFormat::parseLocale(const QString &text, bool end) const
{
    const QDateTime dt = m_locale.toDateTime(text, m_dateFormat + QLatin1Char(' ') + m_timeFormat);
    if (dt.isValid())
        return m_zone.fromWallClock(wallSeconds(dt.date(), dt.time()));
    const QDate date = m_locale.toDate(text, m_dateFormat);
    if (!date.isValid())
        return std::nullopt;
    const int64_t start = wallSeconds(date, QTime(0, 0));
    return m_zone.fromWallClock(end ? start + Day - 1 : start);
}
