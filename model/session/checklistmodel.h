#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

class LogFilterModel;

// The values of one filter criterion (reasons, servers) that a filter model's store holds,
// each with a check box (does the filter show it) and the rows it has under the other
// criteria. Editing the check boxes does not change the filter by itself: it emits
// selectionEdited() and whoever owns the filter applies includeList()/excludeList().
class CheckListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString name(int row) const;
    bool isChecked(int row) const;
    int checkedCount() const;
    // The filter's lists for the current check boxes: a short "show only" list or a short
    // "hide" list, whichever says it in fewer names.
    QStringList includeList() const;
    QStringList excludeList() const;

    void selectAll();
    void selectNone();
    void selectOnly(int row);

Q_SIGNALS:
    // The check boxes were changed through this model (not by a new filter state).
    void selectionEdited();

protected:
    struct Item
    {
        QString name;
        uint64_t count = 0;
        uint64_t total = 0;
        bool checked = true;
    };

    explicit CheckListModel(LogFilterModel *filter, QObject *parent = nullptr);

    // Takes a new list of values (from the counts); with `reorder` the list may be re-sorted,
    // else rows only change their numbers when the same values are there (the list may be
    // open under the mouse). Values the filter names that the log lacks are added, so they
    // can be unticked.
    void refresh(bool reorder);
    // The values with their counts (checked is worked out here).
    virtual std::vector<Item> collect() const = 0;
    // The filter's "show only" and "hide" lists for this criterion.
    virtual QStringList included() const = 0;
    virtual QStringList excluded() const = 0;
    // Most rows first (reasons), or in the order collect() gives (servers).
    virtual bool sortsByTotal() const { return true; }
    virtual QString nameTitle() const = 0;

    LogFilterModel *m_filter;

private:
    bool checkedByState(const QString &name) const;
    void setAllChecked(bool checked);

    std::vector<Item> m_items;
};
