#include "timeaxisticker.h"

#include "timeformat.h"

#include <QRegularExpression>

#include <cmath>

namespace {
// The locale's short date without the year: "dd.MM.", "M/d", "MM/dd".
QString monthDayFormat(const QLocale &locale)
{
    QString format = TimeFormat::dateFormatFor(locale);
    static const QRegularExpression year(QStringLiteral("^y+[^dM]*|[^dM]*y+$"));
    format.remove(year);
    return format;
}
} // namespace

TimeAxisTicker::TimeAxisTicker()
{
    setTimeZone(QTimeZone::utc());
    setDateTimeFormat(QStringLiteral("HH:mm"));
    setTickCount(8);
}

void TimeAxisTicker::setDisplayZone(const DisplayZone &zone)
{
    m_zone = zone;
    setTimeZone(zone.timeZone());
}

int64_t TimeAxisTicker::zoneOffset(double t) const
{
    return m_zone.offsetAt(int64_t(std::floor(t)));
}

QString TimeAxisTicker::formatForSpan(double span, const QLocale &locale)
{
    if (span <= 5 * 60)
        return TimeFormat::timeFormatFor(locale);
    const QString minutes = TimeFormat::minutesFormatFor(locale);
    if (span <= 36 * 3600)
        return minutes;
    if (span <= 20 * 86400)
        return monthDayFormat(locale) + QLatin1Char(' ') + minutes;
    return TimeFormat::dateFormatFor(locale);
}

void TimeAxisTicker::fitTo(const QCPRange &range)
{
    setDateTimeFormat(formatForSpan(range.size(), m_locale));
    // Ticks on whole hours and days of the shown zone.
    setTickOrigin(double(-zoneOffset(range.center())));
}

QString TimeAxisTicker::axisLabel(const QCPRange &range, double firstData, double lastData) const
{
    const TimeFormat format(m_zone, m_locale);
    // The days shown, counting only where there is data (the view is padded a little).
    const double lower = std::max(range.lower, firstData);
    const double upper = std::min(range.upper - 1, lastData);
    const QString firstDay = format.date(int64_t(lower));
    const QString lastDay = format.date(int64_t(std::max(upper, lower)));
    const QString days =
        firstDay == lastDay ? firstDay : QStringLiteral("%1 – %2").arg(firstDay, lastDay);
    if (m_zone.isUtc())
        return tr("Time (UTC), %1").arg(days);
    return tr("Time (%1, %2), %3")
        .arg(m_zone.name(), m_zone.offsetText(int64_t(range.center())), days);
}

QString TimeAxisTicker::formatTime(int64_t t, bool withDate) const
{
    const TimeFormat format(m_zone, m_locale);
    return withDate ? format.dateTime(t) : format.time(t);
}

QString TimeAxisTicker::zoneName(int64_t t) const
{
    return TimeFormat(m_zone, m_locale).zoneLabel(t);
}

double TimeAxisTicker::getTickStep(const QCPRange &range)
{
    // QCustomPlot's own choice includes 2.5-minute steps, which label as 10:02, 10:05, 10:07.
    const double step = QCPAxisTickerDateTime::getTickStep(range); // also picks day logic
    if (step < 1 || step >= 86400)
        return step;
    static const QVector<double> round{1,   2,   5,    10,   15,   30,    60,    120,  300,
                                       600, 900, 1800, 3600, 7200, 10800, 21600, 43200};
    return pickClosest(range.size() / (double(tickCount()) + 1e-10), round);
}
