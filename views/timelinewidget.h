#pragma once

#include <QWidget>

class DisplayClock;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;
class TimelineChart;
class TimelineData;
class TimeZoneCombo;

// The timeline chart with its controls: bucket size (automatic or fixed), the time zone (of the
// whole window: see DisplayClock), bars by reason or by server (offered when the rows come from
// two or more servers), spikes for all reasons, and buttons to clear the time filter and reset
// the zoom.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    TimelineChart *chart() const { return m_chart; }
    void setTimelineData(TimelineData *data);
    // Picks a bucket size in seconds (0: automatic); sizes the combo does not offer mean automatic.
    void setFixedStep(int seconds);
    // The chart's mouse hint (shown when there is room for it).
    QLabel *mouseHint() const { return m_hint; }
    // The zone the chart shows and the Time choice sets.
    void setDisplayClock(DisplayClock *clock);
    TimeZoneCombo *zoneCombo() const { return m_zone; }
    // Stacks the bars by server (true) or by reason; By server needs two or more servers.
    void setByServer(bool byServer);

Q_SIGNALS:
    // The user picked a bucket size (seconds, 0 = automatic).
    void fixedStepChosen(int seconds);
    // The user asked to drop the time filter.
    void clearTimeRangeRequested();
    // The spike count was clicked.
    void spikeListRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateScaleText();
    void fitHint();
    void updateStatus();
    // Offers By server only while there are servers to tell apart.
    void updateBreakdown();

    TimelineChart *m_chart;
    TimelineData *m_data = nullptr;
    QComboBox *m_bucket;
    QLabel *m_bucketInUse;
    TimeZoneCombo *m_zone;
    QLabel *m_breakdownLabel;
    QComboBox *m_breakdown;
    QCheckBox *m_allReasons;
    QLabel *m_spikes;
    QLabel *m_hint;
    QHBoxLayout *m_controls = nullptr;
    QToolButton *m_clearRange;
    QToolButton *m_resetZoom;
};
