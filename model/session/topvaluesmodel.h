#pragma once

#include "topcounter.h"

#include <QAbstractTableModel>

class LogFilterModel;
class QTimer;

// The most frequent values of one dimension (client IPs, networks, URLs, reasons, sites,
// queues, servers) among the rows that pass the filter model, with their counts and shares:
// the Top-N dock's list. Counts on the GUI thread a slice at a time (at most about 8 ms per
// turn of the event loop, so the window stays responsive at 10M rows), restarting on a filter
// change, adding rows as they are appended, and only while active (its dock shown).
class TopValuesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ValueColumn, RowsColumn, ShareColumn };
    enum Role { CountRole = Qt::UserRole + 1 };
    using Dimension = TopCounter::Dimension;

    explicit TopValuesModel(LogFilterModel *filter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setDimension(Dimension dimension);
    Dimension dimension() const { return m_dimension; }
    // How many values to list (25 unless set).
    void setLimit(size_t limit);
    // Counting runs only while active; becoming active counts what changed meanwhile.
    void setActive(bool active);
    bool isCounting() const { return m_counting; }
    // Counts whatever is left now, in one go (tests, benchmarks).
    void flush();
    // Rows counted in the list shown, and distinct values of the dimension among them.
    uint64_t countedRows() const { return m_shownRows; }
    size_t distinct() const;
    static QString dimensionName(Dimension dimension);

Q_SIGNALS:
    // A new list is shown (after a count completed).
    void updated();

private:
    void restart();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void step();
    // Counts up to `budgetMs` (everything with a negative budget); true when done.
    bool countSome(double budgetMs);
    void publish();

    LogFilterModel *m_filter;
    QTimer *m_timer;
    TopCounter m_counter;
    std::vector<TopCounter::List> m_lists;
    Dimension m_dimension = Dimension::ClientIp;
    size_t m_limit = 25;
    size_t m_position = 0; // display rows of the filter model counted so far
    uint64_t m_shownRows = 0;
    bool m_active = false;
    bool m_counting = false;
    bool m_stale = true; // something changed while inactive
};
