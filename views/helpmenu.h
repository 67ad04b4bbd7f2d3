#pragma once

#include <QMenu>

class QMainWindow;

// Help: the keyboard shortcuts of `window`'s menus, and About.
class HelpMenu : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QMainWindow *window);
};
