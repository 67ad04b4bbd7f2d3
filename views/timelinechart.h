#pragma once

#include "reasonhistogram.h"
#include "spikedetector.h"

#include <qcustomplot.h>

#include <cstdint>
#include <optional>
#include <vector>

class TimelineData;

// Rows over time as stacked bars, one series per frequent reason (Connection_Dropped always
// its own, in red), the rest as "Other". Re-bins the data for the visible range so that
// about 100-400 buckets are shown (or a bucket size picked by hand), shades the time filter
// and the spikes, and turns mouse gestures into signals: wheel zooms and drag pans the time
// axis, Shift+drag selects a time range, double-click resets, clicks pick spikes and reasons.
class TimelineChart : public QCustomPlot
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);

    // The counts to show; the chart follows their countsChanged and timeRangeChanged.
    void setTimelineData(TimelineData *data);
    TimelineData *timelineData() const { return m_data; }
    // Lays the chart out at `size` without showing it (for pictures: bar gaps, ticks and spike
    // labels are chosen for that size, not scaled from another).
    void layOutAt(const QSize &size);
    // Fixes the bucket size in seconds; 0 lets the visible range choose it.
    void setFixedStep(int64_t seconds);
    int64_t fixedStep() const { return m_fixedStep; }
    // The bucket size in use.
    int64_t step() const { return m_bins.step; }
    // Shows times in the local time zone instead of UTC.
    void setLocalTime(bool local);
    bool isLocalTime() const { return m_localTime; }
    // Shows [from, to) (UTC seconds); the chart stops following new data until reset.
    void setVisibleRange(int64_t from, int64_t to);
    // Shows all data and follows it again as rows arrive.
    void resetZoom();
    // Marks spike `index` as selected (-1: none) without emitting spikeClicked.
    void setSelectedSpike(int index);
    int selectedSpike() const { return m_selectedSpike; }

    // What is drawn, for tests and tooltips.
    const ReasonHistogram::Bins &bins() const { return m_bins; }
    QStringList seriesNames() const;
    QCPBars *series(const QString &name) const;
    int spikeMarkerCount() const { return int(m_spikeRects.size()); }
    QCPItemRect *spikeMarker(int index) const { return m_spikeRects.at(size_t(index)); }
    QCPItemRect *timeRangeBand() const { return m_rangeBand; }
    // Hatched bands over the stretches no loaded file covers (see FileCoverage).
    int gapMarkerCount() const { return int(m_gapRects.size()); }
    QCPItemRect *gapMarker(int index) const { return m_gapRects.at(size_t(index)); }
    // The tooltip text for the bucket at key `key` (UTC seconds); empty when none.
    QString bucketToolTip(double key) const;

Q_SIGNALS:
    // Shift+drag selected [from, to] (UTC seconds, inclusive, snapped to bucket edges).
    void timeRangeSelected(qint64 from, qint64 to);
    // A spike was clicked.
    void spikeClicked(int index);
    // A bar or legend entry of a single reason was clicked.
    void reasonClicked(const QString &reason);
    // The bucket size or the time zone in use changed.
    void scaleChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Slot
    {
        QString name;
        QColor color;
    };

    void setupAxes();
    void setupLegend();
    void applyPalette();
    void styleSpikeLabel(QCPItemText *label, const QColor &color) const;
    QColor spikeColor(uint32_t reason) const;
    std::pair<double, double> spikePixels(const Spike &spike) const;
    void placeSpikeLabels();
    void onCountsChanged();
    void assignSlots();
    void onRangeChanged(const QCPRange &range);
    void rebin();
    void updateTimeRangeBand();
    void updateSpikeMarkers();
    void updateSpikeGeometry();
    void updateGapMarkers();
    void placeGapLabels();
    QString gapToolTip(double key) const;
    void updateAxisText();
    int spikeAt(int x) const;
    int64_t zoneOffset() const;
    QString formatTime(int64_t t, bool withDate) const;
    std::pair<double, double> dataSpan() const;

    TimelineData *m_data = nullptr;
    std::vector<Slot> m_slots;
    std::vector<int> m_slotOf; // reason id -> slot
    std::vector<QCPBars *> m_bars;
    ReasonHistogram::Bins m_bins;
    std::vector<QCPItemRect *> m_spikeRects;
    std::vector<QCPItemText *> m_spikeLabels;
    QCPItemRect *m_rangeBand = nullptr;
    std::vector<QCPItemRect *> m_gapRects;
    std::vector<QCPItemText *> m_gapLabels;
    QSharedPointer<QCPAxisTickerDateTime> m_ticker;
    int64_t m_fixedStep = 0;
    int m_selectedSpike = -1;
    bool m_localTime = false;
    bool m_followData = true;
    bool m_adjustingRange = false;
    bool m_clickOnSpike = false;
    QPoint m_pressPos;
};
