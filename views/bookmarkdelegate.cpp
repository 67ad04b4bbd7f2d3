#include "bookmarkdelegate.h"

#include "bookmarkmodel.h"
#include "logtablemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
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
    QStyledItemDelegate::paint(painter, option, index);
    // A bar at the left edge of the time cell, over its margin: the time keeps its width.
    if (index.column() == 0)
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()),
                          Marker);
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
