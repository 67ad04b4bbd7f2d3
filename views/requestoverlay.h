#pragma once

#include "reasonhistogram.h"

#include <QCoreApplication>
#include <QString>

class QCPAxis;
class QCPGraph;
class QCustomPlot;
class RequestTimeline;

// The IIS access-log requests over the timeline's bars: two lines on the right-hand axis, the
// requests that ended per bucket and those that stalled or failed (RequestTimeline), so a
// Connection_Dropped spike is seen beside what the application did meanwhile. Drawn only with
// access-log rows and while shown (on by default).
class RequestOverlay
{
    Q_DECLARE_TR_FUNCTIONS(RequestOverlay)
public:
    explicit RequestOverlay(QCustomPlot *plot);

    // The counts to draw (null or empty: nothing); call update() after.
    void setTimeline(const RequestTimeline *timeline) { m_timeline = timeline; }
    void setShown(bool shown) { m_shown = shown; }
    bool isShown() const { return m_shown; }
    // True while the lines are drawn.
    bool isActive() const;
    // Draws the counts of the buckets of `bins` (or hides the lines and the axis).
    void update(const ReasonHistogram::Bins &bins, const QString &bucketName);
    // The tooltip lines for the bucket [start, end): empty when not active.
    QString toolTip(int64_t start, int64_t end) const;

    QCPGraph *requests() const { return m_requests; }
    QCPGraph *failed() const { return m_failed; }

private:
    QCustomPlot *m_plot;
    QCPGraph *m_requests;
    QCPGraph *m_failed;
    const RequestTimeline *m_timeline = nullptr;
    bool m_shown = true;
};
