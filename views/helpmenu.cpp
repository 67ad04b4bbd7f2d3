#include "helpmenu.h"

#include "aboutdialog.h"
#include "shortcutsdialog.h"

#include <QMainWindow>

HelpMenu::HelpMenu(QMainWindow *window)
    : QMenu(tr("&Help"), window)
{
    addAction(tr("&Keyboard Shortcuts"), window, [window] {
        ShortcutsDialog dialog(window, window);
        dialog.exec();
    });
    addSeparator();
    QAction *about = addAction(tr("&About HttpErr Viewer"), window, [window] {
        AboutDialog dialog(window);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
}
