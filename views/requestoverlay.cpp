#include "requestoverlay.h"

#include "overlayitems.h"
#include "requesttimeline.h"

#include <qcustomplot.h>

#include <algorithm>

namespace {
const QColor RequestsColor(30, 110, 190);
const QColor FailedColor(220, 120, 0);

QCPGraph *line(QCustomPlot *plot, const QColor &color, double width)
{
    auto *graph = new QCPGraph(plot->xAxis, plot->yAxis2);
    graph->setPen(QPen(color, width));
    graph->setLineStyle(QCPGraph::lsLine);
    graph->setSelectable(QCP::stNone);
    graph->removeFromLegend();
    graph->setVisible(false);
    return graph;
}
} // namespace

RequestOverlay::RequestOverlay(QCustomPlot *plot)
    : m_plot(plot)
    , m_requests(line(plot, RequestsColor, 1.5))
    , m_failed(line(plot, FailedColor, 2.0))
{
    m_requests->setName(tr("Requests (IIS)"));
    m_failed->setName(tr("Stalled or failed"));
}

bool RequestOverlay::isActive() const
{
    return m_shown && m_timeline && !m_timeline->isEmpty();
}

void RequestOverlay::update(const ReasonHistogram::Bins &bins, const QString &bucketName)
{
    const bool active = isActive() && bins.bucketCount > 0;
    QCPAxis *axis = m_plot->yAxis2;
    axis->setVisible(active);
    for (QCPGraph *graph : {m_requests, m_failed}) {
        graph->setVisible(active);
        // Over the bars (a spike's red bars would hide the stalled requests' peak).
        if (graph->layer() != m_plot->layer(OverlayItems::labelLayer()))
            graph->setLayer(OverlayItems::labelLayer());
        // After the bars in the legend, whenever the bars were made again.
        graph->removeFromLegend();
        if (active)
            graph->addToLegend();
    }
    if (!active) {
        m_requests->data()->clear();
        m_failed->data()->clear();
        return;
    }
    QVector<QCPGraphData> requests;
    QVector<QCPGraphData> failed;
    uint64_t highest = 0;
    for (size_t b = 0; b < bins.bucketCount; ++b) {
        const int64_t start = bins.bucketStart(b);
        const int64_t end = bins.bucketEnd(b);
        const double middle = double(start + end) / 2;
        const uint64_t total = m_timeline->total(start, end);
        highest = std::max(highest, total);
        requests.append(QCPGraphData(middle, double(total)));
        failed.append(QCPGraphData(middle, double(m_timeline->failed(start, end))));
    }
    m_requests->data()->set(requests, true);
    m_failed->data()->set(failed, true);
    axis->setRange(0, std::max(4.0, double(highest) * 1.15));
    axis->setLabel(tr("Requests per %1").arg(bucketName));
    axis->setTickLabelColor(m_plot->xAxis->tickLabelColor());
    axis->setLabelColor(m_plot->xAxis->labelColor());
    axis->setBasePen(m_plot->xAxis->basePen());
    axis->setTickPen(m_plot->xAxis->tickPen());
    axis->setSubTickPen(m_plot->xAxis->subTickPen());
    axis->setTickLabelFont(m_plot->yAxis->tickLabelFont());
    axis->setLabelFont(m_plot->yAxis->labelFont());
}

QString RequestOverlay::toolTip(int64_t start, int64_t end) const
{
    if (!isActive())
        return {};
    return QStringLiteral("<table><tr><td>%1</td><td align=right>&nbsp;%2</td></tr>"
                          "<tr><td>%3</td><td align=right>&nbsp;%4</td></tr></table>")
        .arg(tr("Requests (IIS access log)").toHtmlEscaped())
        .arg(m_timeline->total(start, end))
        .arg(tr("Stalled or failed (≥ %1 s, win32 64/1236/995/121, 500/503)")
                 .arg(m_timeline->slowSeconds())
                 .toHtmlEscaped())
        .arg(m_timeline->failed(start, end));
}
