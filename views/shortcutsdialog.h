#pragma once

#include <QDialog>
#include <QList>

class QMenu;

// Help > Keyboard Shortcuts: every action with a shortcut, found by walking the window's menus
// and actions when the dialog opens, so the list cannot fall out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // One row: the menu (or "Other") the action lives in, its text and its key sequences.
    struct Entry
    {
        QString group;
        QString action;
        QString keys;
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The rows for `window`: its menu bar's actions in menu order, then any other action
    // under it that has a shortcut, then QShortcuts that have a whatsThis text.
    static QList<Entry> entries(QWidget *window);
    // An action's text without accelerator marks: "&Open…" and "開く(&O)…" become "Open…", "開く…".
    static QString plainText(const QString &text);
};
