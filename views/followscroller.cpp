#include "followscroller.h"

#include <QAbstractItemView>
#include <QScrollBar>

FollowScroller::FollowScroller(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &FollowScroller::onValueChanged);
    connect(bar, &QScrollBar::rangeChanged, this, &FollowScroller::onRangeChanged);
}

void FollowScroller::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        jumpToNewest();
}

void FollowScroller::jumpToNewest()
{
    if (!m_view)
        return;
    m_stick = true;
    m_moving = true;
    m_view->scrollToBottom();
    m_moving = false;
}

void FollowScroller::onValueChanged(int value)
{
    if (m_moving || !m_view)
        return;
    // The user moved the view: it sticks again once they bring it back to the end.
    m_stick = value >= m_view->verticalScrollBar()->maximum();
}

void FollowScroller::onRangeChanged(int, int max)
{
    if (!m_enabled || !m_stick || !m_view)
        return;
    m_moving = true;
    m_view->verticalScrollBar()->setValue(max);
    m_moving = false;
}
