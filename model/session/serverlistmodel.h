#pragma once

#include "checklistmodel.h"

// The servers of the loaded files (two or more; empty otherwise), each with a check box and
// the rows it has under the other criteria, in load order (WEB01, WEB02, …).
class ServerListModel : public CheckListModel
{
    Q_OBJECT
public:
    explicit ServerListModel(LogFilterModel *filter, QObject *parent = nullptr);

protected:
    std::vector<Item> collect() const override;
    QStringList included() const override;
    QStringList excluded() const override;
    bool sortsByTotal() const override { return false; }
    QString nameTitle() const override;
};
