#pragma once

#include <QStyledItemDelegate>

class BookmarkModel;

// Marks bookmarked rows in the table: a pale amber background on every cell of the row and an
// amber bar at the left edge of its time cell; the tooltip of a bookmarked row gives the comment.
class BookmarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static const QColor Marker;
    static const QColor Background;

    BookmarkDelegate(const BookmarkModel *bookmarks, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    // The bookmark on the index's row, or -1.
    int bookmarkOf(const QModelIndex &index) const;

    const BookmarkModel *m_bookmarks;
};
