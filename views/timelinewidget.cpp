#include "timelinewidget.h"

#include "appsettings.h"
#include "bucketsizer.h"
#include "displayclock.h"
#include "palettes.h"
#include "timelinechart.h"
#include "timelinedata.h"
#include "timezonecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_chart(new TimelineChart(this))
    , m_bucket(new QComboBox(this))
    , m_bucketInUse(new QLabel(this))
    , m_zone(new TimeZoneCombo(this))
    , m_breakdownLabel(new QLabel(tr("Bars:"), this))
    , m_breakdown(new QComboBox(this))
    , m_allReasons(new QCheckBox(tr("Spikes in all reasons"), this))
    , m_spikes(new QLabel(this))
    , m_hint(new QLabel(tr("Wheel: zoom · Drag: pan · Shift+drag: filter time"), this))
    , m_clearRange(new QToolButton(this))
    , m_resetZoom(new QToolButton(this))
{
    m_bucket->setObjectName(QStringLiteral("bucketCombo"));
    m_bucket->addItem(tr("Auto"), qlonglong(0));
    for (const qlonglong step : {qlonglong(1), qlonglong(10), qlonglong(60), qlonglong(300),
                                 qlonglong(900), qlonglong(3600), qlonglong(BucketSizer::Day),
                                 qlonglong(BucketSizer::Week), qlonglong(BucketSizer::Month)})
        m_bucket->addItem(BucketSizer::label(step), step);
    m_bucket->setToolTip(tr("Bucket size: automatic follows the zoom (100–400 bars)"));
    m_breakdown->setObjectName(QStringLiteral("barBreakdown"));
    m_breakdown->addItem(tr("By reason"));
    m_breakdown->addItem(tr("By server"));
    m_breakdown->setToolTip(tr("Stack the bars by reason, or by the server the rows came from"));
    m_allReasons->setToolTip(tr("Look for bursts in every reason, not only Connection_Dropped"));
    m_clearRange->setText(tr("Clear time filter"));
    m_clearRange->setObjectName(QStringLiteral("clearTimeRange"));
    m_clearRange->hide(); // only while a time filter is set
    m_resetZoom->setText(tr("Show all"));
    m_resetZoom->setToolTip(tr("Zoom out to the whole log (or double-click the chart)"));
    // The spike count may be cut short in a narrow window rather than widen it.
    m_spikes->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_spikes->setToolTip(tr("Click for the list of spikes, or a shaded spike in the chart for "
                            "its details"));
    m_spikes->setObjectName(QStringLiteral("spikeCount"));
    connect(m_spikes, &QLabel::linkActivated, this, &TimelineWidget::spikeListRequested);
    m_chart->setMinimumHeight(150);

    auto *controls = new QHBoxLayout;
    m_controls = controls;
    controls->setContentsMargins(4, 2, 4, 0);
    controls->addWidget(new QLabel(tr("Bucket:"), this));
    controls->addWidget(m_bucket);
    controls->addWidget(m_bucketInUse);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Time:"), this));
    controls->addWidget(m_zone);
    controls->addSpacing(12);
    controls->addWidget(m_breakdownLabel);
    controls->addWidget(m_breakdown);
    controls->addSpacing(12);
    controls->addWidget(m_allReasons);
    controls->addSpacing(12);
    controls->addWidget(m_spikes, 1);
    m_hint->setEnabled(false);
    m_hint->hide(); // shown by resizeEvent() when there is room
    // It may be squeezed, never widen the window: fitHint() hides it when it does not fit.
    m_hint->setMinimumWidth(1);
    controls->addWidget(m_hint);
    controls->addWidget(m_clearRange);
    controls->addWidget(m_resetZoom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);

    connect(m_bucket, &QComboBox::activated, this,
            [this] { Q_EMIT fixedStepChosen(m_bucket->currentData().toInt()); });
    connect(m_bucket, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setFixedStep(m_bucket->currentData().toLongLong()); });
    connect(m_chart, &TimelineChart::scaleChanged, this, &TimelineWidget::updateScaleText);
    connect(m_clearRange, &QToolButton::clicked, this, &TimelineWidget::clearTimeRangeRequested);
    connect(m_resetZoom, &QToolButton::clicked, m_chart, &TimelineChart::resetZoom);
    updateScaleText();
}

void TimelineWidget::setTimelineData(TimelineData *data)
{
    m_data = data;
    m_chart->setTimelineData(data);
    connect(m_allReasons, &QCheckBox::toggled, data, &TimelineData::setDetectAllReasons);
    connect(data, &TimelineData::countsChanged, this, &TimelineWidget::updateStatus);
    connect(data, &TimelineData::countsChanged, this, &TimelineWidget::updateBreakdown);
    connect(m_breakdown, &QComboBox::currentIndexChanged, data, [data](int index) {
        data->setBreakdown(index == 1 ? TimelineData::Breakdown::Server
                                      : TimelineData::Breakdown::Reason);
    });
    // Remembered like the bucket size; applied now that there are counts to apply it to.
    connect(m_breakdown, &QComboBox::activated, this,
            [](int index) { AppSettings().setTimelineByServer(index == 1); });
    setByServer(AppSettings().timelineByServer());
    data->setBreakdown(m_breakdown->currentIndex() == 1 ? TimelineData::Breakdown::Server
                                                        : TimelineData::Breakdown::Reason);
    updateBreakdown();
    connect(data, &TimelineData::timeRangeChanged, this, &TimelineWidget::updateStatus);
    updateStatus();
}

void TimelineWidget::setFixedStep(int seconds)
{
    m_bucket->setCurrentIndex(std::max(m_bucket->findData(qlonglong(seconds)), 0));
}

void TimelineWidget::setDisplayClock(DisplayClock *clock)
{
    m_zone->setClock(clock);
    m_chart->setDisplayZone(clock->zone());
    connect(clock, &DisplayClock::zoneChanged, m_chart, &TimelineChart::setDisplayZone);
}

void TimelineWidget::setByServer(bool byServer)
{
    m_breakdown->setCurrentIndex(byServer ? 1 : 0);
}

void TimelineWidget::updateBreakdown()
{
    const bool servers = m_data && m_data->store().fileSet().serverCount() >= 2;
    m_breakdownLabel->setVisible(servers);
    m_breakdown->setVisible(servers);
    fitHint(); // the Bars choice takes room the hint may have had
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The mouse hint is the first thing to go when space is short.
    fitHint();
}

void TimelineWidget::fitHint()
{
    // The mouse hint shows whenever the controls leave room for it (and the spike count, whose
    // label takes what is left): at 1280 pixels, not only on wide screens.
    const int spacing = m_controls->spacing();
    const int hint = m_hint->sizeHint().width() + spacing;
    int others = m_controls->sizeHint().width() - (m_hint->isVisibleTo(this) ? hint : 0);
    others += m_spikes->sizeHint().width() + spacing;
    m_hint->setVisible(width() >= others + hint);
}

void TimelineWidget::updateScaleText()
{
    const int64_t step = m_chart->step();
    const bool coarsened = m_chart->fixedStep() > 0 && step != m_chart->fixedStep();
    m_bucketInUse->setText(coarsened
                               ? tr("(%1: too fine for this range)").arg(BucketSizer::label(step))
                               : tr("(%1)").arg(BucketSizer::label(step)));
}

void TimelineWidget::updateStatus()
{
    const size_t spikes = m_data->spikes().size();
    // Red on light themes, a lighter red on dark ones.
    const QString red =
        Palettes::isDark(palette()) ? QStringLiteral("#ff7b72") : QStringLiteral("#b22222");
    // A link that opens the spike list.
    m_spikes->setText(spikes ? QStringLiteral("<a href='spikes' style='color:%1'><b>%2</b></a>")
                                   .arg(red, tr("%n spike(s)", nullptr, int(spikes)))
                             : tr("No spikes"));
    m_clearRange->setVisible(m_data->timeRange().has_value());
    fitHint();
}
