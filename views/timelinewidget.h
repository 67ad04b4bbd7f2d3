#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;
class TimelineChart;
class TimelineData;

// The timeline chart with its controls: bucket size (automatic or fixed), UTC or local time,
// bars by reason or by server (offered when the rows come from two or more servers), spikes
// for all reasons, and buttons to clear the time filter and reset the zoom.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    TimelineChart *chart() const { return m_chart; }
    void setTimelineData(TimelineData *data);
    // Picks a bucket size in seconds (0: automatic); sizes the combo does not offer mean automatic.
    void setFixedStep(int seconds);
    // Shows the local time zone instead of UTC.
    void setLocalTime(bool local);
    // Stacks the bars by server (true) or by reason; By server needs two or more servers.
    void setByServer(bool byServer);

Q_SIGNALS:
    // The user picked a bucket size (seconds, 0 = automatic).
    void fixedStepChosen(int seconds);
    // The user switched between UTC and local time.
    void localTimeChosen(bool local);
    // The user asked to drop the time filter.
    void clearTimeRangeRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateScaleText();
    void updateStatus();
    // Offers By server only while there are servers to tell apart.
    void updateBreakdown();

    TimelineChart *m_chart;
    TimelineData *m_data = nullptr;
    QComboBox *m_bucket;
    QLabel *m_bucketInUse;
    QComboBox *m_zone;
    QLabel *m_breakdownLabel;
    QComboBox *m_breakdown;
    QCheckBox *m_allReasons;
    QLabel *m_spikes;
    QLabel *m_hint;
    QToolButton *m_clearRange;
    QToolButton *m_resetZoom;
};
