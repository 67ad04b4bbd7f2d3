#pragma once

#include "displayzone.h"
#include "reasonhistogram.h"
#include "spikedetector.h"

#include <qcustomplot.h>

#include <cstdint>
#include <memory>
#include <vector>

class BookmarkModel;
class GapOverlay;
class RequestOverlay;
class RequestTimeline;
class SpikeOverlay;
class TimeAxisTicker;
class TimelineData;

// Rows over time as stacked bars, one series per frequent reason (Connection_Dropped always
// its own, in red), the rest as "Other". Re-bins the data for the visible range so that
// about 100-400 buckets are shown (or a bucket size picked by hand), shades the time filter,
// draws the spikes and the gaps between files over the bars (SpikeOverlay, GapOverlay), and turns
// mouse gestures into signals: wheel zooms and drag pans the time axis, Shift+drag selects a time
// range, double-click resets, clicks pick spikes and reasons.
class TimelineChart : public QCustomPlot
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    // The counts to show; the chart follows their countsChanged and timeRangeChanged.
    void setTimelineData(TimelineData *data);
    TimelineData *timelineData() const { return m_data; }
    // The bookmarks drawn over the chart (BookmarkOverlay, in views), for pictures of it.
    void setBookmarks(const BookmarkModel *bookmarks) { m_bookmarks = bookmarks; }
    const BookmarkModel *bookmarks() const { return m_bookmarks; }
    // The IIS access-log requests drawn as lines over the bars (null: none). The timeline must
    // stay valid until replaced; call it again after it changed.
    void setRequests(const RequestTimeline *timeline);
    // Shows or hides those lines (shown by default).
    void setRequestsShown(bool shown);
    const RequestOverlay &requestOverlay() const { return *m_requests; }
    // Lays the chart out at `size` without showing it (for pictures: bar gaps, ticks and spike
    // labels are chosen for that size, not scaled from another).
    void layOutAt(const QSize &size);
    // Fixes the bucket size in seconds; 0 lets the visible range choose it.
    void setFixedStep(int64_t seconds);
    int64_t fixedStep() const { return m_fixedStep; }
    // The bucket size in use.
    int64_t step() const { return m_bins.step; }
    // The zone the time axis, the bucket edges and the tooltips follow.
    void setDisplayZone(const DisplayZone &zone);
    const DisplayZone &displayZone() const;
    // Shows [from, to) (UTC seconds); the chart stops following new data until reset.
    void setVisibleRange(int64_t from, int64_t to);
    // Shows all data and follows it again as rows arrive.
    void resetZoom();
    // Marks spike `index` as selected (-1: none) without emitting spikeClicked.
    void setSelectedSpike(int index);
    int selectedSpike() const;

    // What is drawn, for tests and tooltips.
    const ReasonHistogram::Bins &bins() const { return m_bins; }
    QStringList seriesNames() const;
    QCPBars *series(const QString &name) const;
    const SpikeOverlay &spikeOverlay() const { return *m_spikes; }
    int spikeMarkerCount() const;
    QCPItemRect *spikeMarker(int index) const;
    QCPItemRect *timeRangeBand() const { return m_rangeBand; }
    // Hatched bands over the stretches no loaded file covers (see FileCoverage).
    int gapMarkerCount() const;
    QCPItemRect *gapMarker(int index) const;
    // The tooltip text for the bucket at key `key` (UTC seconds); empty when none.
    QString bucketToolTip(double key) const;
    // What the requests' lines hold in that bucket; empty when they are not drawn.
    QString requestsToolTip(double key) const;

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
    // The colour of `reason`'s bars (Connection_Dropped's red, "Other" for the rare ones).
    QColor reasonColor(uint32_t reason) const;
    // The bars are stacked by server (TimelineData::Breakdown::Server).
    bool byServer() const;
    void onCountsChanged();
    void assignSlots();
    void onRangeChanged(const QCPRange &range);
    void rebin();
    // Sets the bars from m_bins for the visible `range`.
    void setBars(const QCPRange &range);
    // The edges of the bucket (of the size in use) holding `t`.
    int64_t bucketStartAt(int64_t t) const;
    int64_t bucketEndAt(int64_t t) const;
    void updateTimeRangeBand();
    void updateOverlays();
    void updateAxisText();
    int64_t zoneOffset() const;
    std::pair<double, double> dataSpan() const;

    TimelineData *m_data = nullptr;
    std::vector<Slot> m_slots;
    std::vector<int> m_slotOf; // reason id -> slot
    std::vector<QCPBars *> m_bars;
    ReasonHistogram::Bins m_bins;
    uint64_t m_highest = 0; // the tallest bar's rows
    QCPItemRect *m_rangeBand = nullptr;
    QSharedPointer<TimeAxisTicker> m_ticker;
    std::unique_ptr<SpikeOverlay> m_spikes;
    const BookmarkModel *m_bookmarks = nullptr;
    std::unique_ptr<GapOverlay> m_gaps;
    std::unique_ptr<RequestOverlay> m_requests;
    int64_t m_fixedStep = 0;
    bool m_followData = true;
    bool m_adjustingRange = false;
    bool m_clickOnSpike = false;
    QPoint m_pressPos;
};
