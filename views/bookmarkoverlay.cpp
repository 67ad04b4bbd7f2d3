#include "bookmarkoverlay.h"

#include "bookmarkdelegate.h"
#include "bookmarkmodel.h"
#include "overlayitems.h"

#include <qcustomplot.h>

namespace {
constexpr int LabelChars = 28; // a comment longer than this is cut on the chart
}

BookmarkOverlay::BookmarkOverlay(QCustomPlot *plot, const BookmarkModel *bookmarks)
    : m_plot(plot)
    , m_bookmarks(bookmarks)
{}

void BookmarkOverlay::rebuild()
{
    OverlayItems::remove(m_plot, m_marks);
    OverlayItems::remove(m_plot, m_labels);
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
        QString text = b.comment.isEmpty() ? QString() : b.comment;
        if (text.size() > LabelChars)
            text = text.left(LabelChars - 1) + QChar(0x2026);
        label->setText(QStringLiteral("\u2691 ") + text);
        label->setColor(marker.darker(160));
        label->setBrush(QColor(255, 248, 225, 230));
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
        label->position->setCoords(double(b.start), 1);
        m_labels.push_back(label);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}
