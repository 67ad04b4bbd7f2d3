#pragma once

#include <QColor>
#include <QCoreApplication>

#include <functional>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPItemRect;
class QCPItemText;
class TimeAxisTicker;
class TimelineData;
struct Spike;

// The spikes over the bars: a shaded band per spike in its reason's colour (widened to stay
// visible and clickable), the selected one outlined, and a label for every spike
// ("412 Timer_ConnectionIdle", or only the count where crowded) in rows from the top of the plot,
// placed so that no label covers another or is cut off, the most telling first.
class SpikeOverlay
{
    Q_DECLARE_TR_FUNCTIONS(SpikeOverlay)
public:
    using ColorOf = std::function<QColor(uint32_t reason)>;

    SpikeOverlay(QCustomPlot *plot, const TimeAxisTicker &time, ColorOf colorOf);

    void setData(const TimelineData *data) { m_data = data; }
    // Makes one band and label per spike of the data.
    void rebuild();
    // Moves the bands and labels to the current zoom (in pixels, so call it before each replot).
    // Returns the height in pixels the rows of labels take at the top of the plot.
    double updateGeometry();
    void setSelected(int index) { m_selected = index; }
    int selected() const { return m_selected; }
    // The spike whose band is under pixel column `x`, the nearest centre first; -1 if none.
    int spikeAt(int x) const;
    // What the tooltip says about spike `index`.
    QString toolTip(int index) const;

    int count() const { return int(m_rects.size()); }
    QCPItemRect *band(int index) const { return m_rects.at(size_t(index)); }
    QCPItemText *label(int index) const { return m_labels.at(size_t(index)); }

private:
    std::pair<double, double> pixels(const Spike &spike) const;
    double placeLabels();
    void styleLabel(QCPItemText *label, const QColor &color) const;

    QCustomPlot *m_plot;
    const TimeAxisTicker &m_time;
    ColorOf m_colorOf;
    const TimelineData *m_data = nullptr;
    std::vector<QCPItemRect *> m_rects;
    std::vector<QCPItemText *> m_labels;
    int m_selected = -1;
};
