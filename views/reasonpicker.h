#pragma once

#include "checklistpicker.h"

// The reason part of the filter bar ("All reasons", "3 of 12 reasons").
class ReasonPicker : public CheckListPicker
{
    Q_OBJECT
public:
    explicit ReasonPicker(QWidget *parent = nullptr);

protected:
    QString summary(int checked, int total, const QString &only) const override;
};
