#pragma once

#include <QObject>

class FollowScroller;
class LogSession;
class LogTableView;
class QAction;
class QLabel;

// File → Follow: the checkable action, the "Following" mark in the status bar, and the table
// kept at its newest rows while following (FollowScroller), all in step with the session.
class FollowController : public QObject
{
    Q_OBJECT
public:
    // `mark` is the status bar's "Following" label; it is shown only while following.
    FollowController(LogSession *session, LogTableView *table, QLabel *mark, QObject *parent);

    QAction *action() const { return m_action; }

private:
    void onFollowingChanged(bool on);
    void onLoadFinished(bool cancelled);

    LogSession *m_session;
    LogTableView *m_table;
    QLabel *m_mark;
    QAction *m_action;
    FollowScroller *m_scroller;
};
