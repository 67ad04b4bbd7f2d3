#pragma once

#include "checklistpicker.h"

// The server part of the filter bar ("All servers", "Server: WEB03", "2 of 3 servers"),
// shown only while the loaded files come from two or more servers.
class ServerPicker : public CheckListPicker
{
    Q_OBJECT
public:
    explicit ServerPicker(QWidget *parent = nullptr);

Q_SIGNALS:
    void renameRequested(const QString &server);

protected:
    QString summary(int checked, int total, const QString &only) const override;
    void addItemActions(QMenu &menu, const QString &value) override;
};
