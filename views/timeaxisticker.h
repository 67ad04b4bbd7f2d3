#pragma once

#include "displayzone.h"

#include <QCoreApplication>
#include <QLocale>
#include <qcustomplot.h>

#include <cstdint>

// The timeline's time axis: ticks on round clock values, a label format that suits the span in
// view, and how a time reads (in the zone the user chose, in the locale's conventions) for the
// axis, the tooltips and the overlays.
class TimeAxisTicker : public QCPAxisTickerDateTime
{
    Q_DECLARE_TR_FUNCTIONS(TimeAxisTicker)
public:
    TimeAxisTicker();

    void setDisplayZone(const DisplayZone &zone);
    const DisplayZone &displayZone() const { return m_zone; }
    // The conventions dates and times are written in (the default locale unless set).
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // Seconds the shown zone is ahead of UTC at `t` (0 in UTC).
    int64_t zoneOffset(double t) const;
    // Fits the labels to `range` (a finer format for a shorter span) and puts the ticks on whole
    // hours and days of the shown zone.
    void fitTo(const QCPRange &range);
    // The axis title for `range`, naming the zone and the days of [firstData, lastData] that are
    // in view.
    QString axisLabel(const QCPRange &range, double firstData, double lastData) const;
    // `t` (UTC seconds) as the locale writes a time, with the date when asked, in the shown zone.
    QString formatTime(int64_t t, bool withDate) const;
    // The zone after a time in a tooltip: "UTC", "UTC+01:00 (Europe/Berlin)".
    QString zoneName(int64_t t) const;

    // The tick label format for a view `span` seconds wide, in `locale`'s conventions.
    static QString formatForSpan(double span, const QLocale &locale = QLocale());
    // The distance between ticks for `range`, on round clock values.
    double tickStepFor(const QCPRange &range) { return getTickStep(range); }

protected:
    double getTickStep(const QCPRange &range) override;

private:
    DisplayZone m_zone;
    QLocale m_locale;
};
