#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;

// Keeps a view at its newest rows while rows keep arriving (follow mode), like `tail -f`:
// as long as the view is scrolled to the end, it stays there when rows are appended; once
// the user scrolls away it stays where they put it, until they scroll back to the end.
// Works with any model or proxy behind the view, since it only watches the scroll bar.
class FollowScroller : public QObject
{
    Q_OBJECT
public:
    explicit FollowScroller(QAbstractItemView *view);

    // Off: the view scrolls only when the user scrolls it.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Shows the newest rows and sticks to them.
    void jumpToNewest();
    // True while the view is held at the newest rows.
    bool isAtNewest() const { return m_stick; }

private:
    void onValueChanged(int value);
    void onRangeChanged(int min, int max);

    QPointer<QAbstractItemView> m_view;
    bool m_enabled = false;
    bool m_stick = false;
    bool m_moving = false;
};
