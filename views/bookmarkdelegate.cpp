#include "bookmarkdelegate.h"

#include "bookmarkmodel.h"
#include "logtablemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

const QColor BookmarkDelegate::Marker(230, 145, 0);
const QColor BookmarkDelegate::Background(255, 236, 179);

BookmarkDelegate::BookmarkDelegate(const BookmarkModel *bookmarks, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_bookmarks(bookmarks)
{}

int BookmarkDelegate::bookmarkOf(const QModelIndex &index) const
{
    const QVariant row = index.data(LogTableModel::StoreRowRole);
    return row.isValid() ? m_bookmarks->indexOfRow(uint32_t(row.toULongLong())) : -1;
}

void BookmarkDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    if (bookmarkOf(index) < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    if (!(option.state & QStyle::State_Selected))
        painter->fillRect(option.rect, Background);
    QStyleOptionViewItem shifted = option;
    const bool time = index.column() == 0;
    const int flag = option.rect.height() / 2;
    if (time)
        shifted.rect.adjust(flag + 4, 0, 0, 0);
    QStyledItemDelegate::paint(painter, shifted, index);
    if (!time)
        return;
    // A small flag: a pole and a pennant.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const double x = r.left() + 3;
    const double top = r.top() + r.height() * 0.2;
    const double bottom = r.bottom() - r.height() * 0.15;
    painter->setPen(QPen(Marker.darker(130), 1.2));
    painter->drawLine(QPointF(x, top), QPointF(x, bottom));
    QPainterPath pennant;
    pennant.moveTo(x, top);
    pennant.lineTo(x + flag, top + flag * 0.35);
    pennant.lineTo(x, top + flag * 0.7);
    pennant.closeSubpath();
    painter->fillPath(pennant, Marker);
    painter->restore();
}

bool BookmarkDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const int bookmark = bookmarkOf(index);
    if (bookmark < 0 || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString comment = m_bookmarks->at(bookmark).comment;
    QToolTip::showText(event->globalPos(),
                       comment.isEmpty() ? tr("Bookmarked") : tr("Bookmark: %1").arg(comment),
                       view);
    return true;
}
