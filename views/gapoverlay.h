#pragma once

#include "filecoverage.h"

#include <QCoreApplication>

#include <vector>

class QCustomPlot;
class QCPItemRect;
class QCPItemText;
class TimeAxisTicker;

// Hatched bands over the stretches of time that no loaded file covers (see FileCoverage), with
// a "no log" label where the band is wide enough, so a missing file is not read as a quiet time.
class GapOverlay
{
    Q_DECLARE_TR_FUNCTIONS(GapOverlay)
public:
    GapOverlay(QCustomPlot *plot, const TimeAxisTicker &time);

    // Replaces the bands with one per gap.
    void setGaps(const std::vector<FileCoverage::Span> &gaps);
    // Shows the labels of the bands that are wide enough at the current zoom.
    void placeLabels();
    // What the tooltip says at `key` (UTC seconds): empty outside every gap.
    QString toolTip(double key) const;

    int count() const { return int(m_rects.size()); }
    QCPItemRect *band(int index) const { return m_rects.at(size_t(index)); }

private:
    QCustomPlot *m_plot;
    const TimeAxisTicker &m_time;
    std::vector<FileCoverage::Span> m_gaps;
    std::vector<QCPItemRect *> m_rects;
    std::vector<QCPItemText *> m_labels;
};
