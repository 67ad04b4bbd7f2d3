#include "followcontroller.h"

#include "followscroller.h"
#include "logsession.h"
#include "logtableview.h"

#include <QAction>
#include <QLabel>

FollowController::FollowController(LogSession *session, LogTableView *table, QLabel *mark,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_table(table)
    , m_mark(mark)
    , m_action(new QAction(tr("Follo&w"), this))
    , m_scroller(new FollowScroller(table))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_action->setStatusTip(tr("Add new lines as they are written to the opened files "
                              "and folders"));
    m_mark->setText(tr("Following"));
    m_mark->setToolTip(tr("New lines are added as they are written (File → Follow)"));
    m_mark->hide();
    connect(m_action, &QAction::toggled, m_session, &LogSession::setFollowing);
    connect(m_session, &LogSession::followingChanged, this, &FollowController::onFollowingChanged);
    connect(m_session, &LogSession::loadFinished, this, &FollowController::onLoadFinished);
}

void FollowController::onFollowingChanged(bool on)
{
    m_action->setChecked(on);
    m_mark->setVisible(on);
    m_scroller->setEnabled(on);
}

// The view follows from the newest rows once a load under Follow is complete.
void FollowController::onLoadFinished(bool cancelled)
{
    m_table->fitFileColumn();
    if (!cancelled && m_session->isFollowing())
        m_scroller->jumpToNewest();
}
