#include "spikeoverlay.h"

#include "labelrows.h"
#include "overlayitems.h"
#include "timeaxisticker.h"
#include "timelinedata.h"

#include <qcustomplot.h>

#include <algorithm>
#include <tuple>

namespace {
// Spikes narrower than this many pixels are widened so they stay visible and clickable.
constexpr double MinSpikePixels = 7.0;
} // namespace

SpikeOverlay::SpikeOverlay(QCustomPlot *plot, const TimeAxisTicker &time, ColorOf colorOf)
    : m_plot(plot)
    , m_time(time)
    , m_colorOf(std::move(colorOf))
{}

void SpikeOverlay::rebuild()
{
    OverlayItems::remove(m_plot, m_rects);
    OverlayItems::remove(m_plot, m_labels);
    if (!m_data)
        return;
    if (m_selected >= int(m_data->spikes().size()))
        m_selected = -1;
    QFont font = m_plot->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    for (size_t i = 0; i < m_data->spikes().size(); ++i) {
        m_rects.push_back(OverlayItems::band(m_plot));
        QCPItemText *label = OverlayItems::label(m_plot);
        label->setFont(font);
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        m_labels.push_back(label);
    }
    updateGeometry();
}

std::pair<double, double> SpikeOverlay::pixels(const Spike &spike) const
{
    const QCPAxis *x = m_plot->xAxis;
    double left = x->coordToPixel(double(spike.start));
    double right = x->coordToPixel(double(spike.end + 1));
    if (right - left < MinSpikePixels) {
        const double mid = (left + right) / 2;
        left = mid - MinSpikePixels / 2;
        right = mid + MinSpikePixels / 2;
    }
    return {left, right};
}

double SpikeOverlay::updateGeometry()
{
    if (!m_data)
        return 0;
    const QCPAxis *x = m_plot->xAxis;
    const std::vector<Spike> &spikes = m_data->spikes();
    for (size_t i = 0; i < m_rects.size() && i < spikes.size(); ++i) {
        const auto [left, right] = pixels(spikes[i]);
        QCPItemRect *rect = m_rects[i];
        const bool selected = int(i) == m_selected;
        const QColor base = m_colorOf(spikes[i].reason);
        QColor color = base;
        color.setAlpha(selected ? 80 : 35);
        rect->topLeft->setCoords(x->pixelToCoord(left), 0);
        rect->bottomRight->setCoords(x->pixelToCoord(right), 1);
        rect->setBrush(color);
        rect->setPen(selected ? QPen(base.darker(130), 1.5) : QPen(Qt::NoPen));
    }
    return placeLabels();
}

void SpikeOverlay::styleLabel(QCPItemText *label, const QColor &color) const
{
    const QPalette palette = m_plot->palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    QColor box = palette.color(QPalette::Base);
    box.setAlpha(210);
    label->setColor(dark ? color.lighter(150) : color.darker(150));
    label->setBrush(box);
}

double SpikeOverlay::placeLabels()
{
    // The most telling labels first (the selected spike, Connection_Dropped, then the biggest).
    // Each goes to the first row from the top where it fits (LabelRows), with its full text or,
    // where that does not fit, its count: every spike keeps a label, and no label covers another
    // or is cut off at the edges of the plot.
    const std::vector<Spike> &spikes = m_data->spikes();
    const size_t n = std::min(spikes.size(), m_labels.size());
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = i;
    const int64_t dropped = m_data->droppedReason();
    auto rank = [&](size_t i) {
        return std::make_tuple(int(i) != m_selected, int64_t(spikes[i].reason) != dropped,
                               -int64_t(spikes[i].count));
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return rank(a) < rank(b); });
    const QRect area = m_plot->axisRect()->rect();
    LabelRows rows(area.left() + 1, area.right() - 1);
    double rowHeight = 0;
    for (const size_t i : order) {
        QCPItemText *label = m_labels[i];
        const auto [left, right] = pixels(spikes[i]);
        styleLabel(label, m_colorOf(spikes[i].reason));
        rowHeight = LabelRows::rowHeight(*label);
        const QString full = tr("%1 %2", "spike label: rows, reason")
                                 .arg(spikes[i].count)
                                 .arg(m_data->reasonName(spikes[i].reason));
        const QString count = QString::number(spikes[i].count);
        const LabelRows::Place place =
            rows.place((left + right) / 2,
                       {LabelRows::widthOf(*label, full), LabelRows::widthOf(*label, count)});
        const double top = area.top() + LabelRows::Spacing + double(place.row) * rowHeight;
        label->setText(place.choice == 0 ? full : count);
        label->position->setCoords(m_plot->xAxis->pixelToCoord(place.centre()),
                                   (top - area.top()) / std::max(1, area.height()));
        // Only hundreds of spikes in a short chart would run out of rows: those stay unlabelled.
        label->setVisible(top + rowHeight <= area.bottom());
    }
    return rows.rowCount() == 0 ? 0.0 : LabelRows::Spacing + double(rows.rowCount()) * rowHeight;
}

int SpikeOverlay::spikeAt(int x) const
{
    if (!m_data)
        return -1;
    const QCPAxis *axis = m_plot->xAxis;
    const std::vector<Spike> &spikes = m_data->spikes();
    int best = -1;
    double bestDistance = 1e9;
    for (size_t i = 0; i < spikes.size(); ++i) {
        const double left = axis->coordToPixel(double(spikes[i].start));
        const double right = axis->coordToPixel(double(spikes[i].end + 1));
        const double mid = (left + right) / 2;
        const double half = std::max(right - left, MinSpikePixels) / 2;
        const double distance = std::abs(double(x) - mid);
        if (distance <= half && distance < bestDistance) {
            best = int(i);
            bestDistance = distance;
        }
    }
    return best;
}

QString SpikeOverlay::toolTip(int index) const
{
    const Spike &s = m_data->spikes()[size_t(index)];
    return QStringLiteral("<b>%1</b> %2<br><i>%3</i>")
        .arg(tr("Spike:").toHtmlEscaped(),
             tr("%1 %2, %3 – %4")
                 .arg(s.count)
                 .arg(m_data->reasonName(s.reason), m_time.formatTime(s.start, false),
                      m_time.formatTime(s.end, false))
                 .toHtmlEscaped(),
             tr("Click for details").toHtmlEscaped());
}
