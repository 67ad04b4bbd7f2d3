#pragma once

#include "requestfilter.h"
#include "requestlog.h"
#include "timeformat.h"

#include <QAbstractTableModel>

#include <vector>

// The Requests table: the IIS access-log rows of a RequestLog that pass a RequestFilter, in
// log (time) order or sorted by a column. Holds only the list of passing store rows (4 bytes
// each); text is built in data() alone. Rows appended while loading are filtered on arrival;
// sorting waits until the log is ready. Ties keep log order. GUI thread only.
class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Server,
        ClientIp,
        Method,
        Url,
        Status,
        Substatus,
        Win32Status,
        TimeTaken,
        Query,
        Username,
        UserAgent,
        ServerIp,
        ServerPort,
        ColumnCount
    };
    enum Role {
        StoreRowRole = Qt::UserRole + 1, // the row in the RequestStore (qulonglong)
        ColumnKeyRole, // header: a stable, untranslated key ("time", "cs-uri-stem", ...)
    };

    explicit RequestTableModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // column -1 restores log order. Ignored until the log is ready (rows still arriving).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setFilterState(const RequestFilterState &state);
    const RequestFilterState &filterState() const { return m_filter.state(); }
    QStringList filterErrors() const { return m_filter.errors(); }
    void setTimeFormat(const TimeFormat &format);

    const RequestLog *log() const { return m_log; }
    // The store row shown at `row`.
    size_t storeRow(int row) const { return m_rows[size_t(row)]; }
    // Whether some access log named the column's field (Time and Server always).
    bool hasColumn(int column) const;

Q_SIGNALS:
    // The rows were filtered anew (a filter change or new store).
    void filterChanged();

private:
    QString text(size_t row, int column) const;
    void refilter();
    void onAppended(qsizetype first, qsizetype count);
    // Stable order of m_rows by `column` (m_rows in log order on entry).
    void orderRows(int column, Qt::SortOrder order);
    std::vector<uint32_t> textRanks(RequestField::Text field) const;
    std::vector<uint32_t> serverRanks() const;

    RequestLog *m_log;
    RequestFilter m_filter;
    TimeFormat m_timeFormat;
    std::vector<uint32_t> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
