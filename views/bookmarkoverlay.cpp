#include "bookmarkoverlay.h"

#include "bookmarkdelegate.h"
#include "bookmarkmodel.h"
#include "labelrows.h"
#include "overlayitems.h"

#include <qcustomplot.h>

namespace {
constexpr int LabelChars = 28; // a comment longer than this is cut on the chart
QString flag()
{
    return QStringLiteral("\u2691");
}
} // namespace

BookmarkOverlay::BookmarkOverlay(QCustomPlot *plot, const BookmarkModel *bookmarks)
    : m_plot(plot)
    , m_bookmarks(bookmarks)
    , m_beforeReplot(
          QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [this] { placeLabels(); }))
{}

BookmarkOverlay::~BookmarkOverlay()
{
    QObject::disconnect(m_beforeReplot);
}

void BookmarkOverlay::rebuild()
{
    OverlayItems::remove(m_plot, m_marks);
    OverlayItems::remove(m_plot, m_labels);
    m_texts.clear();
    const QColor marker = BookmarkDelegate::Marker;
    for (const Bookmark &b : m_bookmarks->bookmarks()) {
        QCPItemRect *rect = OverlayItems::band(m_plot);
        // A row: one second, drawn as a line; a range: its seconds, shaded.
        rect->topLeft->setCoords(double(b.start), 0);
        rect->bottomRight->setCoords(double(b.end + 1), 1);
        QColor fill = marker;
        fill.setAlpha(b.isRow() ? 200 : 45);
        rect->setPen(QPen(marker, b.isRow() ? 1.5 : 1.0, b.isRow() ? Qt::SolidLine : Qt::DashLine));
        rect->setBrush(fill);
        m_marks.push_back(rect);

        QCPItemText *label = OverlayItems::label(m_plot);
        QString text = b.comment;
        if (text.size() > LabelChars)
            text = text.left(LabelChars - 1) + QChar(0x2026);
        m_texts.push_back(text.isEmpty() ? flag() : flag() + QLatin1Char(' ') + text);
        label->setText(m_texts.back());
        label->setColor(marker.darker(160));
        label->setBrush(QColor(255, 248, 225, 230));
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        m_labels.push_back(label);
    }
    placeLabels();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void BookmarkOverlay::placeLabels()
{
    // Oldest first, each from its mark to the right where there is room; rows up from the
    // foot of the plot, at most up to its middle (the spike labels' rows are at the top).
    const QRect area = m_plot->axisRect()->rect();
    const QCPAxis *x = m_plot->xAxis;
    LabelRows rows(area.left() + 1, area.right() - 1);
    const double height = std::max(1, area.height());
    for (size_t i = 0; i < m_labels.size(); ++i) {
        QCPItemText *label = m_labels[i];
        const double start = m_marks[i]->topLeft->coords().x();
        const double end = m_marks[i]->bottomRight->coords().x();
        // A mark out of sight has no label: it would stand at the edge, by another time.
        if (end < x->range().lower || start > x->range().upper) {
            label->setVisible(false);
            continue;
        }
        const double rowHeight = LabelRows::rowHeight(*label);
        const double at = std::max(x->coordToPixel(start), double(area.left()));
        const LabelRows::Place place = rows.place(
            at, {LabelRows::widthOf(*label, m_texts[i]), LabelRows::widthOf(*label, flag())},
            LabelRows::Anchor::Left);
        const double bottom = area.bottom() - LabelRows::Spacing - double(place.row) * rowHeight;
        label->setText(place.choice == 0 ? m_texts[i] : flag());
        label->position->setCoords(x->pixelToCoord(place.centre()), (bottom - area.top()) / height);
        label->setVisible(bottom - rowHeight >= area.top() + height / 2);
    }
}
