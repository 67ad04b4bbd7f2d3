#include "gapoverlay.h"

#include "overlayitems.h"
#include "timeaxisticker.h"

#include <qcustomplot.h>

namespace {
// A gap between files is labelled only where its band is at least this wide.
constexpr double MinLabelPixels = 60.0;
const QColor GapColor(128, 128, 128);
} // namespace

GapOverlay::GapOverlay(QCustomPlot *plot, const TimeAxisTicker &time)
    : m_plot(plot)
    , m_time(time)
{}

void GapOverlay::setGaps(const std::vector<FileCoverage::Span> &gaps)
{
    OverlayItems::remove(m_plot, m_rects);
    OverlayItems::remove(m_plot, m_labels);
    m_gaps = gaps;
    QColor fill = GapColor;
    fill.setAlpha(110);
    for (const FileCoverage::Span &gap : m_gaps) {
        QCPItemRect *rect = OverlayItems::band(m_plot);
        rect->setPen(Qt::NoPen);
        rect->setBrush(QBrush(fill, Qt::BDiagPattern));
        // Rows are whole seconds: the gap lies between the end of one second and the next row.
        rect->topLeft->setCoords(double(gap.start + 1), 0);
        rect->bottomRight->setCoords(double(gap.end), 1);
        m_rects.push_back(rect);

        QCPItemText *label = OverlayItems::label(m_plot);
        label->setText(tr("no log"));
        label->setColor(GapColor.darker(130));
        label->setPositionAlignment(Qt::AlignCenter);
        label->position->setCoords((double(gap.start) + double(gap.end)) / 2, 0.55);
        m_labels.push_back(label);
    }
    placeLabels();
}

void GapOverlay::placeLabels()
{
    const QCPAxis *x = m_plot->xAxis;
    for (size_t i = 0; i < m_rects.size() && i < m_labels.size(); ++i) {
        const double width = x->coordToPixel(m_rects[i]->bottomRight->coords().x())
                             - x->coordToPixel(m_rects[i]->topLeft->coords().x());
        m_labels[i]->setVisible(width >= MinLabelPixels);
    }
}

QString GapOverlay::toolTip(double key) const
{
    for (const FileCoverage::Span &gap : m_gaps) {
        if (key > double(gap.start + 1) && key < double(gap.end)) {
            return QStringLiteral("<b>%1</b><br>%2")
                .arg(tr("No log: %1 – %2 %3")
                         .arg(m_time.formatTime(gap.start, true), m_time.formatTime(gap.end, true),
                              m_time.zoneName(gap.start))
                         .toHtmlEscaped(),
                     tr("No loaded file has rows for this time. A file may be missing, or the "
                        "server or its logging was stopped; it does not mean there were no "
                        "errors.")
                         .toHtmlEscaped());
        }
    }
    return {};
}
