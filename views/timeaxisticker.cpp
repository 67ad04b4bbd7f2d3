#include "timeaxisticker.h"

#include <cmath>
#include <cstdlib>

TimeAxisTicker::TimeAxisTicker()
{
    setDateTimeSpec(Qt::UTC);
    setDateTimeFormat(QStringLiteral("HH:mm"));
    setTickCount(8);
}

void TimeAxisTicker::setLocalTime(bool local)
{
    m_localTime = local;
    setDateTimeSpec(local ? Qt::LocalTime : Qt::UTC);
}

int64_t TimeAxisTicker::zoneOffset(double t) const
{
    if (!m_localTime)
        return 0;
    return QDateTime::fromSecsSinceEpoch(int64_t(t), Qt::LocalTime).offsetFromUtc();
}

QString TimeAxisTicker::formatForSpan(double span)
{
    if (span <= 5 * 60)
        return QStringLiteral("HH:mm:ss");
    if (span <= 36 * 3600)
        return QStringLiteral("HH:mm");
    if (span <= 20 * 86400)
        return QStringLiteral("MM-dd HH:mm");
    return QStringLiteral("yyyy-MM-dd");
}

void TimeAxisTicker::fitTo(const QCPRange &range)
{
    setDateTimeFormat(formatForSpan(range.size()));
    // Ticks on whole local hours and days when showing local time.
    setTickOrigin(double(-zoneOffset(range.center())));
}

QString TimeAxisTicker::axisLabel(const QCPRange &range, double firstData, double lastData) const
{
    QString zone = QStringLiteral("UTC");
    if (m_localTime) {
        const int64_t offset = zoneOffset(range.center());
        zone = tr("local time, UTC%1%2:%3")
                   .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                   .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                   .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    }
    // The days shown, counting only where there is data (the view is padded a little).
    const double lower = std::max(range.lower, firstData);
    const double upper = std::min(range.upper - 1, lastData);
    const QString firstDay = formatTime(int64_t(lower), true).left(10);
    const QString lastDay = formatTime(int64_t(std::max(upper, lower)), true).left(10);
    const QString days =
        firstDay == lastDay ? firstDay : QStringLiteral("%1 – %2").arg(firstDay, lastDay);
    return tr("Time (%1), %2").arg(zone, days);
}

QString TimeAxisTicker::formatTime(int64_t t, bool withDate) const
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, m_localTime ? Qt::LocalTime : Qt::UTC);
    return dt.toString(withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                : QStringLiteral("HH:mm:ss"));
}

QString TimeAxisTicker::zoneName() const
{
    return m_localTime ? tr("local") : QStringLiteral("UTC");
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
