#include "recentmenu.h"

#include "appsettings.h"

#include <QDir>

RecentMenu::RecentMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    rebuild();
}

void RecentMenu::add(const QStringList &paths)
{
    AppSettings().addRecentPaths(paths);
    rebuild();
}

void RecentMenu::rebuild()
{
    clear();
    const QStringList recent = AppSettings().recentPaths();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *a = addAction(
            QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT pathChosen(path); });
    }
    if (!recent.isEmpty()) {
        addSeparator();
        addAction(tr("Clear Recent"), this, [this] {
            AppSettings().clearRecentPaths();
            rebuild();
        });
    }
    setEnabled(!recent.isEmpty());
}
