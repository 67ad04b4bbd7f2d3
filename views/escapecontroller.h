#pragma once

#include <QObject>

class FilterBar;
class LogSession;
class QAction;
class QWidget;

// What Escape does in the window: it stops a running load, and it clears the filters where a
// user expects that, with the keyboard focus in the filter bar or the table (`filterArea`).
// A drop-down, menu or popup that is open takes the key for itself: Escape closes it and
// nothing else.
class EscapeController : public QObject
{
    Q_OBJECT
public:
    EscapeController(QWidget *window, QWidget *filterArea, LogSession *session, FilterBar *bar);

    // View → Clear Filters (Esc in the filter bar or the table).
    QAction *clearAction() const { return m_clear; }
    // Stop Loading (Esc anywhere in the window while files load).
    QAction *stopAction() const { return m_stop; }

private:
    // Closes an open popup instead of acting; true when there was one.
    static bool closePopup();

    LogSession *m_session;
    FilterBar *m_bar;
    QAction *m_clear;
    QAction *m_stop;
};
