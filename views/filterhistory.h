#pragma once

#include "filterstate.h"

#include <QObject>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

// Undo and redo for filter changes: every change is a step holding the filters before and
// after it (typing in one field merges into one step), so Ctrl+Z, Ctrl+Shift+Z, Alt+Left /
// Alt+Right and a mouse's Back and Forward buttons walk through what the user filtered.
class FilterHistory : public QObject
{
    Q_OBJECT
public:
    using Apply = std::function<void(const FilterState &)>;

    // `apply` puts a state in force (filter bar, table, chart); `window` gets the shortcuts.
    FilterHistory(Apply apply, QWidget *window);
    ~FilterHistory() override;

    // Puts `state` in force as a step that can be undone (nothing when it is in force).
    void change(const FilterState &state);
    // Puts `state` in force without a step, forgetting the steps (the filters of the last run).
    void reset(const FilterState &state);
    const FilterState &current() const { return m_current; }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QUndoStack *stack() const { return m_stack; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Step;
    void updateActions();

    Apply m_apply;
    QWidget *m_window;
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
    FilterState m_current;
};
