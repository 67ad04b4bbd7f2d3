#include "serverpicker.h"

#include <QMenu>

ServerPicker::ServerPicker(QWidget *parent)
    : CheckListPicker(QStringLiteral("serverList"), parent)
{
    setObjectName(QStringLiteral("serverPicker"));
    setToolTip(tr("Servers to show; counts are the rows each server has with the other filters"));
    updateText();
}

QString ServerPicker::summary(int checked, int total, const QString &only) const
{
    if (checked == total)
        return tr("All servers");
    if (checked == 1)
        return tr("Server: %1").arg(only);
    return tr("%1 of %2 servers").arg(checked).arg(total);
}

void ServerPicker::addItemActions(QMenu &menu, const QString &value)
{
    menu.addSeparator();
    menu.addAction(tr("Rename “%1”…").arg(value), this,
                   [this, value] { Q_EMIT renameRequested(value); });
}
