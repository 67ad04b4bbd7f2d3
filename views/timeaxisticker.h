#pragma once

#include <QCoreApplication>
#include <qcustomplot.h>

#include <cstdint>

// The timeline's time axis: ticks on round clock values, a label format that suits the span in
// view, and how a time reads (UTC or the local zone) for the axis, the tooltips and the overlays.
class TimeAxisTicker : public QCPAxisTickerDateTime
{
    Q_DECLARE_TR_FUNCTIONS(TimeAxisTicker)
public:
    TimeAxisTicker();

    void setLocalTime(bool local);
    bool isLocalTime() const { return m_localTime; }
    // Seconds the shown zone is ahead of UTC at `t` (0 in UTC).
    int64_t zoneOffset(double t) const;
    // Fits the labels to `range` (a finer format for a shorter span) and puts the ticks on whole
    // hours and days of the shown zone.
    void fitTo(const QCPRange &range);
    // The axis title for `range`, naming the days of [firstData, lastData] that are in view.
    QString axisLabel(const QCPRange &range, double firstData, double lastData) const;
    // `t` (UTC seconds) as "HH:mm:ss", or "yyyy-MM-dd HH:mm:ss" with the date, in the shown zone.
    QString formatTime(int64_t t, bool withDate) const;
    // "UTC" or "local", after a time in a tooltip.
    QString zoneName() const;

    // The tick label format for a view `span` seconds wide.
    static QString formatForSpan(double span);
    // The distance between ticks for `range`, on round clock values.
    double tickStepFor(const QCPRange &range) { return getTickStep(range); }

protected:
    double getTickStep(const QCPRange &range) override;

private:
    bool m_localTime = false;
};
