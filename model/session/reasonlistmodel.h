#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

class LogFilterModel;

// The reasons a filter model's store holds, each with a check box (does the filter show it)
// and the number of rows it has under the other criteria. Most frequent first. Editing the
// check boxes does not change the filter by itself: it emits selectionEdited() and whoever
// owns the filter applies includeList()/excludeList().
class ReasonListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ReasonColumn, CountColumn, ColumnCount };

    explicit ReasonListModel(LogFilterModel *filter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString reason(int row) const;
    bool isChecked(int row) const;
    int checkedCount() const;
    // The filter's reason lists for the current check boxes: a short "show only" list or a
    // short "hide" list, whichever says it in fewer names.
    QStringList includeList() const;
    QStringList excludeList() const;

    void selectAll();
    void selectNone();
    void selectOnly(int row);

Q_SIGNALS:
    // The check boxes were changed through this model (not by a new filter state).
    void selectionEdited();

private:
    struct Item
    {
        QString reason;
        uint64_t count = 0;
        uint64_t total = 0;
        bool checked = true;
    };

    void refresh(bool reorder);
    bool checkedByState(const QString &reason) const;
    void setAllChecked(bool checked);

    LogFilterModel *m_filter;
    std::vector<Item> m_items;
};
