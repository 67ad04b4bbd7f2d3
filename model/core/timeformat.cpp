#include "timeformat.h"

#include <QTimeZone>

TimeFormat::TimeFormat(bool localTime, const QLocale &locale)
    : m_local(localTime)
    , m_locale(locale)
    , m_dateFormat(dateFormatFor(locale))
    , m_timeFormat(timeFormatFor(locale))
{}

QString TimeFormat::dateFormatFor(const QLocale &locale)
{
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

QDateTime TimeFormat::toDateTime(int64_t seconds) const
{
    return m_local ? QDateTime::fromSecsSinceEpoch(seconds, Qt::LocalTime)
                   : QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
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
    if (!m_local)
        return QStringLiteral("UTC");
    const int offset = toDateTime(seconds).offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString TimeFormat::span(int64_t first, int64_t last) const
{
    const QString dash = QStringLiteral(" – ");
    const QString firstText = dateTime(first);
    const QString lastText = date(first) == date(last) ? time(last) : dateTime(last);
    if (zone(first) != zone(last))
        return firstText + QLatin1Char(' ') + zone(first) + dash + lastText + QLatin1Char(' ')
               + zone(last);
    return firstText + dash + lastText + QLatin1Char(' ') + zone(last);
}
