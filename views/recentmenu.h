#pragma once

#include <QMenu>

// File > Open Recent: the paths last opened (AppSettings), numbered for the keyboard, and
// "Clear Recent"; disabled while empty.
class RecentMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentMenu(QWidget *parent = nullptr);

    // Puts `paths` at the top of the list.
    void add(const QStringList &paths);

Q_SIGNALS:
    void pathChosen(const QString &path);

private:
    void rebuild();
};
