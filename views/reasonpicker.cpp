#include "reasonpicker.h"

ReasonPicker::ReasonPicker(QWidget *parent)
    : CheckListPicker(QStringLiteral("reasonList"), parent)
{
    setObjectName(QStringLiteral("reasonPicker"));
    setToolTip(tr("Reasons to show; counts are the rows each reason has with the other filters"));
    updateText();
}

QString ReasonPicker::summary(int checked, int total, const QString &only) const
{
    if (checked == total)
        return tr("All reasons");
    if (checked == 1)
        return tr("Reason: %1").arg(only);
    return tr("%1 of %2 reasons").arg(checked).arg(total);
}
