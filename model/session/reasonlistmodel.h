#pragma once

#include "checklistmodel.h"

// The reasons a filter model's store holds, each with a check box and the number of rows it
// has under the other criteria. Most frequent first.
class ReasonListModel : public CheckListModel
{
    Q_OBJECT
public:
    static constexpr Column ReasonColumn = NameColumn;

    explicit ReasonListModel(LogFilterModel *filter, QObject *parent = nullptr);

    QString reason(int row) const { return name(row); }

protected:
    std::vector<Item> collect() const override;
    QStringList included() const override;
    QStringList excluded() const override;
    QString nameTitle() const override;
};
