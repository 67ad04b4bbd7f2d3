#include "timelinechart.h"

#include "bucketsizer.h"
#include "gapoverlay.h"
#include "overlayitems.h"
#include "reasoncolors.h"
#include "requestoverlay.h"
#include "spikeoverlay.h"
#include "timeaxisticker.h"
#include "timeformat.h"
#include "timelinedata.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {
// Reasons besides Connection_Dropped that get a series of their own; the rest are "Other".
constexpr size_t OwnSeries = 6;
// A bucket size picked by hand is coarsened when it would draw more bars than this.
constexpr int64_t MaxFixedBuckets = 2000;
constexpr int MaxToolTipReasons = 12;
// Every bucket with rows is drawn at least this wide, however long the span in view.
constexpr double MinBarPixels = 2.0;
} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QCustomPlot(parent)
    , m_ticker(new TimeAxisTicker)
    , m_spikes(std::make_unique<SpikeOverlay>(
          this, *m_ticker, [this](uint32_t reason) { return reasonColor(reason); }))
    , m_gaps(std::make_unique<GapOverlay>(this, *m_ticker))
    , m_requests(std::make_unique<RequestOverlay>(this))
{
    setObjectName(QStringLiteral("timelineChart"));
    setMouseTracking(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    setNoAntialiasingOnDrag(true);
    OverlayItems::addLayers(this);
    setupAxes();
    setupLegend();
    applyPalette();

    selectionRect()->setPen(QPen(QColor(0, 90, 200), 1, Qt::DashLine));
    selectionRect()->setBrush(QColor(0, 120, 215, 40));
    connect(selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect &rect, QMouseEvent *) {
                if (rect.width() < 3 || m_bins.bucketCount == 0)
                    return;
                const QCPRange r = selectionRect()->range(xAxis);
                const int64_t lo = int64_t(std::floor(std::min(r.lower, r.upper)));
                const int64_t hi = int64_t(std::ceil(std::max(r.lower, r.upper)));
                Q_EMIT timeRangeSelected(bucketStartAt(lo), bucketEndAt(std::max(hi - 1, lo)) - 1);
            });
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &TimelineChart::onRangeChanged);
    connect(this, &QCustomPlot::beforeReplot, this, &TimelineChart::updateOverlays);
    connect(this, &QCustomPlot::plottableClick, this,
            [this](QCPAbstractPlottable *plottable, int, QMouseEvent *) {
                if (m_clickOnSpike || !qobject_cast<QCPBars *>(plottable))
                    return;
                if (plottable->name() != tr("Other") && !byServer())
                    Q_EMIT reasonClicked(plottable->name());
            });
    connect(this, &QCustomPlot::legendClick, this,
            [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
                if (auto *entry = qobject_cast<QCPPlottableLegendItem *>(item)) {
                    if (qobject_cast<QCPBars *>(entry->plottable())
                        && entry->plottable()->name() != tr("Other") && !byServer())
                        Q_EMIT reasonClicked(entry->plottable()->name());
                }
            });
}

void TimelineChart::setupAxes()
{
    xAxis->setTicker(m_ticker);
    xAxis->grid()->setVisible(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    xAxis->setTickLabelFont(small);
    yAxis->setTickLabelFont(small);
    xAxis->setLabelFont(small);
    yAxis->setLabelFont(small);
    yAxis->setRange(0, 4);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    xAxis->setRange(double(now.toSecsSinceEpoch() - 3600), double(now.toSecsSinceEpoch()));
    updateAxisText();
}

void TimelineChart::setupLegend()
{
    legend->setVisible(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    legend->setFont(small);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setRowSpacing(1);
    legend->setIconSize(12, 10);
    // Beside the plot rather than inside it, so the legend never hides a bar.
    // A spacer below the legend keeps its entries together at the top.
    axisRect()->insetLayout()->take(legend);
    auto *side = new QCPLayoutGrid;
    plotLayout()->addElement(0, 1, side);
    plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, legend);
    side->addElement(1, 0, new QCPLayoutElement(this));
    side->setRowStretchFactor(0, 0.001);
    side->setRowSpacing(0);
    legend->setMargins(QMargins(4, 4, 4, 4));
}

void TimelineChart::applyPalette()
{
    // The chart paints itself; take the colours from the widget palette so it suits dark themes.
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(50);
    setBackground(p.brush(QPalette::Base));
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    }
    legend->setTextColor(text);
    for (int i = 0; i < legend->itemCount(); ++i)
        legend->item(i)->setTextColor(text);
    updateOverlays();
    replot(rpQueuedReplot);
}

void TimelineChart::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::LocaleChange) {
        updateAxisText();
        replot(rpQueuedReplot);
    }
}

void TimelineChart::setTimelineData(TimelineData *data)
{
    m_data = data;
    m_spikes->setData(data);
    connect(data, &TimelineData::countsChanged, this, &TimelineChart::onCountsChanged);
    // Other files: the zoom and the selected spike were about the old rows.
    connect(data, &TimelineData::rowsReplaced, this, [this] {
        m_followData = true;
        m_spikes->setSelected(-1);
    });
    connect(data, &TimelineData::timeRangeChanged, this, [this] {
        updateTimeRangeBand();
        replot(rpQueuedReplot);
    });
    onCountsChanged();
}

void TimelineChart::layOutAt(const QSize &size)
{
    resize(size);
    setViewport(QRect(QPoint(0, 0), size));
    // The first replot sizes the axis rect, which the bar widths and spike labels depend on.
    replot(rpImmediateRefresh);
    rebin();
    replot(rpImmediateRefresh);
}

void TimelineChart::setFixedStep(int64_t seconds)
{
    if (seconds == m_fixedStep)
        return;
    m_fixedStep = std::max<int64_t>(seconds, 0);
    rebin();
}

void TimelineChart::setDisplayZone(const DisplayZone &zone)
{
    if (zone == displayZone())
        return;
    m_ticker->setDisplayZone(zone);
    rebin();
    updateAxisText();
    Q_EMIT scaleChanged();
}

const DisplayZone &TimelineChart::displayZone() const
{
    return m_ticker->displayZone();
}

std::pair<double, double> TimelineChart::dataSpan() const
{
    const ReasonHistogram &h = m_data->histogram();
    const double first = double(h.firstTime());
    const double last = double(h.lastTime() + 1);
    const double pad = std::max(60.0, (last - first) * 0.02);
    return {first - pad, last + pad};
}

void TimelineChart::setVisibleRange(int64_t from, int64_t to)
{
    m_followData = false;
    xAxis->setRange(double(from), double(std::max(to, from + 1)));
}

void TimelineChart::resetZoom()
{
    m_followData = true;
    if (!m_data || m_data->histogram().isEmpty())
        return;
    const auto [lo, hi] = dataSpan();
    m_adjustingRange = true;
    xAxis->setRange(lo, hi);
    m_adjustingRange = false;
    rebin();
}

void TimelineChart::onCountsChanged()
{
    assignSlots();
    if (m_followData)
        resetZoom();
    else
        rebin();
    m_spikes->rebuild();
    m_gaps->setGaps(m_data->coverageGaps());
    updateTimeRangeBand();
    replot(rpQueuedReplot);
}

void TimelineChart::assignSlots()
{
    const ReasonHistogram &h = m_data->bars();
    const bool byServer = m_data->breakdown() == TimelineData::Breakdown::Server;
    const int64_t dropped = m_data->droppedBar();
    std::vector<uint32_t> order;
    for (uint32_t r = 0; r < h.reasonCount(); ++r) {
        if (int64_t(r) != dropped && h.reasonTotal(r) > 0)
            order.push_back(r);
    }
    // Reasons most frequent first; servers in load order, so each keeps its colour.
    if (!byServer) {
        std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
            return h.reasonTotal(a) != h.reasonTotal(b) ? h.reasonTotal(a) > h.reasonTotal(b)
                                                        : m_data->barName(a) < m_data->barName(b);
        });
    }

    std::vector<Slot> newSlots;
    if (!byServer)
        newSlots.push_back({QStringLiteral("Connection_Dropped"), ReasonColors::dropped()});
    m_slotOf.assign(h.reasonCount(), -1);
    if (dropped >= 0 && uint64_t(dropped) < m_slotOf.size())
        m_slotOf[size_t(dropped)] = 0;
    // Each reason keeps its colour for the session, whatever its rank under this filter.
    std::vector<QColor> shown;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i < OwnSeries || order.size() == OwnSeries + 1) {
            m_slotOf[order[i]] = int(newSlots.size());
            const QString name = m_data->barName(order[i]);
            ReasonColors &colors = byServer ? ReasonColors::servers() : ReasonColors::session();
            const QColor color = colors.colorFor(name, shown);
            shown.push_back(color);
            newSlots.push_back({name, color});
        } else {
            if (newSlots.back().name != tr("Other"))
                newSlots.push_back({tr("Other"), ReasonColors::other()});
            m_slotOf[order[i]] = int(newSlots.size()) - 1;
        }
    }

    const bool same = newSlots.size() == m_slots.size()
                      && std::equal(newSlots.begin(), newSlots.end(), m_slots.begin(),
                                    [](const Slot &a, const Slot &b) { return a.name == b.name; });
    m_slots = std::move(newSlots);
    if (same)
        return;
    for (QCPBars *bars : m_bars)
        removePlottable(bars);
    m_bars.clear();
    for (const Slot &slot : m_slots) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(slot.name);
        bars->setPen(Qt::NoPen);
        bars->setBrush(slot.color);
        bars->setAntialiased(false);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setStackingGap(0);
        if (!m_bars.empty())
            bars->moveAbove(m_bars.back());
        m_bars.push_back(bars);
    }
    // Room below each legend entry for the underscores of reason names.
    for (int i = 0; i < legend->itemCount(); ++i) {
        legend->item(i)->setMargins(QMargins(0, 0, 0, 3));
        legend->item(i)->setTextColor(palette().color(QPalette::Text));
    }
}

void TimelineChart::onRangeChanged(const QCPRange &range)
{
    if (m_adjustingRange)
        return;
    m_followData = false;
    if (m_data && !m_data->histogram().isEmpty()) {
        // Keep the view on the data and no narrower than a minute.
        const auto [lo, hi] = dataSpan();
        QCPRange r = range;
        if (r.size() < 60)
            r = QCPRange(r.center() - 30, r.center() + 30);
        if (r.size() > hi - lo)
            r = QCPRange(lo, hi);
        if (r.lower < lo)
            r = QCPRange(lo, lo + r.size());
        if (r.upper > hi)
            r = QCPRange(hi - r.size(), hi);
        if (r != range) {
            m_adjustingRange = true;
            xAxis->setRange(r);
            m_adjustingRange = false;
        }
    }
    rebin();
}

int64_t TimelineChart::zoneOffset() const
{
    return m_ticker->zoneOffset(xAxis->range().center());
}

void TimelineChart::rebin()
{
    const int64_t previousStep = m_bins.step;
    if (!m_data || m_data->histogram().isEmpty()) {
        m_bins = {};
        for (QCPBars *bars : m_bars)
            bars->data()->clear();
        m_requests->update(m_bins, QString());
        replot(rpQueuedReplot);
        return;
    }
    const QCPRange range = xAxis->range();
    const int64_t lo = int64_t(std::floor(range.lower));
    const int64_t hi = int64_t(std::ceil(range.upper));
    const int64_t span = std::max<int64_t>(hi - lo, 1);
    const int64_t step = m_fixedStep > 0
                             ? BucketSizer::clampStep(m_fixedStep, span, MaxFixedBuckets)
                             : BucketSizer::autoStep(span);
    if (step == BucketSizer::Month) {
        m_bins = m_data->bars().rebinEdges(BucketSizer::monthEdges(lo, hi, displayZone()), m_slotOf,
                                           uint32_t(m_slots.size()));
        m_bins.step = step;
    } else {
        const int64_t origin = BucketSizer::alignDown(lo, step, zoneOffset());
        const size_t buckets = size_t((hi - origin + step - 1) / step);
        m_bins = m_data->bars().rebin(origin, step, std::max<size_t>(buckets, 1), m_slotOf,
                                      uint32_t(m_slots.size()));
    }
    setBars(range);
    updateAxisText();
    updateOverlays();
    if (step != previousStep)
        Q_EMIT scaleChanged();
    replot(rpQueuedReplot);
}

void TimelineChart::setBars(const QCPRange &range)
{
    // Thin gaps between bars when there is room for them; never narrower than MinBarPixels, so
    // a few rows over years still show (the shortest month sets the width of month bars).
    const double step =
        double(m_bins.step == BucketSizer::Month ? 28 * BucketSizer::Day : m_bins.step);
    const double secondsPerPixel = range.size() / std::max(1, axisRect()->width());
    const double pixelsPerBucket = step / secondsPerPixel;
    const double width =
        std::max(pixelsPerBucket >= 6 ? step * 0.85 : step, MinBarPixels * secondsPerPixel);
    uint64_t highest = 0;
    for (size_t b = 0; b < m_bins.bucketCount; ++b)
        highest = std::max(highest, m_bins.bucketTotal(b));
    for (size_t s = 0; s < m_bars.size(); ++s) {
        QVector<QCPBarsData> points;
        for (size_t b = 0; b < m_bins.bucketCount; ++b) {
            if (const uint32_t n = m_bins.at(b, uint32_t(s)))
                points.append(
                    QCPBarsData(double(m_bins.bucketStart(b) + m_bins.bucketEnd(b)) / 2, n));
        }
        m_bars[s]->data()->set(points, true);
        m_bars[s]->setWidth(width);
    }
    m_highest = highest; // updateOverlays() leaves room above it for the spike labels
    m_requests->update(m_bins, BucketSizer::label(m_bins.step));
}

void TimelineChart::setRequests(const RequestTimeline *timeline)
{
    m_requests->setTimeline(timeline);
    rebin();
}

void TimelineChart::setRequestsShown(bool shown)
{
    m_requests->setShown(shown);
    rebin();
}

int64_t TimelineChart::bucketStartAt(int64_t t) const
{
    if (m_bins.step == BucketSizer::Month)
        return BucketSizer::monthStart(t, displayZone());
    return BucketSizer::alignDown(t, m_bins.step, zoneOffset());
}

int64_t TimelineChart::bucketEndAt(int64_t t) const
{
    if (m_bins.step == BucketSizer::Month) {
        const std::vector<int64_t> edges = BucketSizer::monthEdges(t, t, displayZone());
        return edges.back();
    }
    return bucketStartAt(t) + m_bins.step;
}

void TimelineChart::updateAxisText()
{
    const QCPRange range = xAxis->range();
    m_ticker->setLocale(locale());
    m_ticker->fitTo(range);
    const bool empty = !m_data || m_data->histogram().isEmpty();
    const double first = empty ? range.lower : double(m_data->histogram().firstTime());
    const double last = empty ? range.upper : double(m_data->histogram().lastTime());
    xAxis->setLabel(m_ticker->axisLabel(range, first, last));
    yAxis->setLabel(tr("Rows per %1").arg(BucketSizer::label(m_bins.step)));
}

void TimelineChart::updateTimeRangeBand()
{
    if (!m_rangeBand) {
        m_rangeBand = OverlayItems::band(this);
        m_rangeBand->setPen(QPen(QColor(0, 90, 200, 160), 1, Qt::DashLine));
        m_rangeBand->setBrush(QColor(0, 120, 215, 30));
    }
    const auto &range = m_data ? m_data->timeRange() : std::nullopt;
    m_rangeBand->setVisible(range.has_value() && m_data && !m_data->histogram().isEmpty());
    if (range && m_data && !m_data->histogram().isEmpty()) {
        // An open end (only "from" or only "to") reaches just past the data.
        const auto [lo, hi] = dataSpan();
        m_rangeBand->topLeft->setCoords(std::max(double(range->first), lo), 0);
        m_rangeBand->bottomRight->setCoords(std::min(double(range->second) + 1, hi), 1);
    }
}

bool TimelineChart::byServer() const
{
    return m_data && m_data->breakdown() == TimelineData::Breakdown::Server;
}

QColor TimelineChart::reasonColor(uint32_t reason) const
{
    if (m_data && int64_t(reason) == m_data->droppedReason())
        return ReasonColors::dropped();
    // By server the slots are servers': a spike of another reason has no colour of its own.
    if (m_data && m_data->breakdown() == TimelineData::Breakdown::Server)
        return ReasonColors::other();
    const int slot = reason < m_slotOf.size() ? m_slotOf[reason] : -1;
    return slot >= 0 ? m_slots[size_t(slot)].color : ReasonColors::other();
}

void TimelineChart::updateOverlays()
{
    // The bars stay below the rows of spike labels (at least a quarter's headroom).
    const double labels = m_spikes->updateGeometry();
    const double height = std::max(1, axisRect()->height());
    const double free = std::max(0.25, 1.0 - (labels + 4) / height);
    yAxis->setRange(0, std::max(4.0, double(m_highest) * std::max(1.25, 1.0 / free)));
    m_gaps->placeLabels();
}

void TimelineChart::setSelectedSpike(int index)
{
    m_spikes->setSelected(index);
    updateOverlays();
    replot(rpQueuedReplot);
}

QString TimelineChart::requestsToolTip(double key) const
{
    const size_t bucket = m_bins.bucketOf(int64_t(std::floor(key)));
    if (bucket >= m_bins.bucketCount)
        return {};
    return m_requests->toolTip(m_bins.bucketStart(bucket), m_bins.bucketEnd(bucket));
}

QString TimelineChart::bucketToolTip(double key) const
{
    if (!m_data)
        return {};
    const size_t bucket = m_bins.bucketOf(int64_t(std::floor(key)));
    if (bucket >= m_bins.bucketCount)
        return {};
    const int64_t start = m_bins.bucketStart(bucket);
    const int64_t end = m_bins.bucketEnd(bucket);
    const ReasonHistogram::Bins one = m_data->bars().rebin(start, end - start, 1);
    std::vector<std::pair<uint32_t, uint32_t>> counts; // count, reason
    for (uint32_t r = 0; r < one.slotCount; ++r) {
        if (one.at(0, r))
            counts.emplace_back(one.at(0, r), r);
    }
    std::sort(counts.begin(), counts.end(), std::greater<>());
    const TimeFormat format(displayZone(), locale());
    const bool days = end - start >= BucketSizer::Day;
    // Buckets of days and longer read best as their first and last day.
    QString html = days
                       ? QStringLiteral("<b>%1 – %2</b><br>%3<table>")
                             .arg(format.date(start), format.date(end - 1), format.zoneLabel(start))
                       : QStringLiteral("<b>%1 – %2 %3</b><br>%4<table>")
                             .arg(format.time(start), format.time(end), format.zoneLabel(start),
                                  format.date(start));
    uint64_t total = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        total += counts[i].first;
        if (i < MaxToolTipReasons) {
            html += QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;%2</td></tr>")
                        .arg(m_data->barName(counts[i].second).toHtmlEscaped())
                        .arg(counts[i].first);
        }
    }
    if (counts.size() > size_t(MaxToolTipReasons))
        html += QStringLiteral("<tr><td>%1</td></tr>")
                    .arg((byServer() ? tr("… %n more server(s)", nullptr,
                                          int(counts.size()) - MaxToolTipReasons)
                                     : tr("… %n more reason(s)", nullptr,
                                          int(counts.size()) - MaxToolTipReasons))
                             .toHtmlEscaped());
    html +=
        QStringLiteral("<tr><td><b>%1</b></td><td align=right>&nbsp;<b>%2</b></td></tr></table>")
            .arg(tr("Total").toHtmlEscaped())
            .arg(total);
    return html;
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    const bool brushing =
        event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier);
    setSelectionRectMode(brushing ? QCP::srmCustom : QCP::srmNone);
    QCustomPlot::mousePressEvent(event);
}

void TimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton)
        return;
    if (!axisRect()->rect().contains(event->pos())) {
        QToolTip::hideText();
        return;
    }
    const double key = xAxis->pixelToCoord(event->pos().x());
    QString text = bucketToolTip(key);
    if (const QString requests = requestsToolTip(key); !requests.isEmpty())
        text = text.isEmpty() ? requests : text + QStringLiteral("<hr>") + requests;
    if (const QString gap = m_gaps->toolTip(key); !gap.isEmpty())
        text = text.isEmpty() ? gap : text + QStringLiteral("<hr>") + gap;
    if (const int spike = m_spikes->spikeAt(event->pos().x()); spike >= 0)
        text += QStringLiteral("<hr>") + m_spikes->toolTip(spike);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void TimelineChart::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = (event->pos() - m_pressPos).manhattanLength() <= 3
                       && event->button() == Qt::LeftButton
                       && !(event->modifiers() & Qt::ShiftModifier);
    const int spike = click ? m_spikes->spikeAt(event->pos().x()) : -1;
    m_clickOnSpike = spike >= 0;
    QCustomPlot::mouseReleaseEvent(event);
    setSelectionRectMode(QCP::srmNone);
    m_clickOnSpike = false;
    if (spike >= 0) {
        setSelectedSpike(spike);
        Q_EMIT spikeClicked(spike);
    }
}

void TimelineChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    resetZoom();
}

QStringList TimelineChart::seriesNames() const
{
    QStringList names;
    for (const QCPBars *bars : m_bars)
        names << bars->name();
    return names;
}

QCPBars *TimelineChart::series(const QString &name) const
{
    for (QCPBars *bars : m_bars) {
        if (bars->name() == name)
            return bars;
    }
    return nullptr;
}

TimelineChart::~TimelineChart() = default;

int TimelineChart::selectedSpike() const
{
    return m_spikes->selected();
}

int TimelineChart::spikeMarkerCount() const
{
    return m_spikes->count();
}

QCPItemRect *TimelineChart::spikeMarker(int index) const
{
    return m_spikes->band(index);
}

int TimelineChart::gapMarkerCount() const
{
    return m_gaps->count();
}

QCPItemRect *TimelineChart::gapMarker(int index) const
{
    return m_gaps->band(index);
}
