#include "escapecontroller.h"

#include "filterbar.h"
#include "logsession.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

EscapeController::EscapeController(QWidget *window, QWidget *filterArea, LogSession *session,
                                   FilterBar *bar)
    : QObject(window)
    , m_session(session)
    , m_bar(bar)
    , m_clear(new QAction(tr("&Clear Filters"), this))
    , m_stop(new QAction(tr("&Stop Loading"), this))
{
    // Only where the filters and the rows are: Escape in the timeline's controls, a dock or a
    // drop-down is not a request to drop the filters.
    m_clear->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clear->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_clear->setToolTip(tr("Clear every filter (Esc in the filter bar or the table)"));
    filterArea->addAction(m_clear);
    connect(m_clear, &QAction::triggered, this, [this] {
        if (!closePopup())
            m_bar->clearAll();
    });

    // A running load is what the user wants to stop first, wherever the focus is. The two
    // actions are never enabled together, so the key is never ambiguous.
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setShortcutContext(Qt::WindowShortcut);
    m_stop->setEnabled(false);
    window->addAction(m_stop);
    connect(m_stop, &QAction::triggered, this, [this] {
        if (!closePopup())
            m_session->cancel();
    });
    auto loading = [this](bool on) {
        m_stop->setEnabled(on);
        m_clear->setEnabled(!on);
    };
    connect(session, &LogSession::loadStarted, this, [loading] { loading(true); });
    connect(session, &LogSession::loadFinished, this, [loading] { loading(false); });
}

bool EscapeController::closePopup()
{
    // Shortcuts of a window also match while one of its popups has the keyboard (a combo box's
    // list, the reason picker): the key was meant for the popup.
    QWidget *popup = QApplication::activePopupWidget();
    if (!popup)
        return false;
    popup->close();
    return true;
}
