#pragma once

#include "logbatch.h"
#include "logstore.h"
#include "timeformat.h"

#include <QAbstractTableModel>
#include <QFuture>

#include <memory>
#include <mutex>
#include <vector>

// The table of loaded rows: a thin QAbstractTableModel over LogStore. Columns are the time,
// every field any loaded file has (in the usual httperr order, unknown fields last), then the
// source file and line. Rows arrive in batches, one beginInsertRows per batch.
class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // typed value: qint64 time, numbers, else text
        StoreRowRole,                // the row index in the store
        ColumnKeyRole, // header: a stable, untranslated key ("time", "c-ip", ...) to remember it by
        // header: whether the column is shown unless the user chose (Server: with two or more
        // servers); invalid for columns always shown
        ShownByDefaultRole,
    };
    enum class ColumnKind : uint8_t { Time, Server, Field, File, Line };
    struct ColumnInfo
    {
        ColumnKind kind;
        int storeColumn; // for Field columns
    };

    explicit LogTableModel(QObject *parent = nullptr);
    ~LogTableModel() override; // waits for a re-order still being worked out

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const LogStore &store() const { return m_store; }
    ColumnInfo columnInfo(int column) const { return m_columns[size_t(column)]; }
    // The model column showing a field, or -1.
    int columnOf(LogField field) const;
    // The display text of a cell, straight from the store.
    QString text(int row, int column) const;
    // How the time column reads: the zone shown (named in its title) and the locale's
    // conventions. UTC and the default locale unless set.
    void setTimeFormat(const TimeFormat &format);
    const TimeFormat &timeFormat() const { return m_timeFormat; }

    // Empties the model and sets the file list that batches' fileIndex refers to.
    void reset(const QStringList &files = {});
    void setFiles(const QStringList &files);
    // The files with their servers (a load's LogFileSet); the Server column follows it.
    void setFileSet(const LogFileSet &files);
    // Gives a server another name; false (nothing changes) when the name is empty or taken.
    bool renameServer(uint32_t server, const QString &name);
    // The model column showing the server.
    int serverColumn() const;
    void appendBatch(const LogBatch &batch);
    // Makes room for `rows` rows, so a long load never copies the columns to grow them.
    void reserve(size_t rows) { m_store.reserve(rows); }
    // Called when a load ends: puts rows of overlapping files into time order.
    void finishLoading();
    // The same with the new order worked out on a worker thread (a few hundred milliseconds
    // at ten million rows): timeOrderReady() follows on this thread once the rows are in
    // place, at once when they already were. Nothing may be appended meanwhile; reset()
    // waits for the worker and drops its result.
    void finishLoadingInBackground();

Q_SIGNALS:
    // Emitted after rows were appended (once per batch).
    void rowsAppended(int first, int last);
    // The rows are in time order after finishLoadingInBackground().
    void timeOrderReady();
    // The servers were worked out anew or one was renamed.
    void serversChanged();

private:
    void addColumnsFor(const LogBatch &batch);
    // Takes the rows in a new order (a layout change; persistent indexes are dropped).
    void adoptOrder(LogStore::Reordered &&reordered);
    // Takes the worker's re-order of `generation` (posted by name: see the .cpp).
    Q_INVOKABLE void adoptReordered(quint64 generation);
    int rankOf(const ColumnInfo &info) const;
    QString columnKey(const ColumnInfo &info) const;

    LogStore m_store;
    TimeFormat m_timeFormat;
    std::vector<ColumnInfo> m_columns;
    QFuture<void> m_reorder;         // a re-order being worked out from m_store
    quint64 m_reorderGeneration = 0; // a result of an older generation is dropped
    std::mutex m_reorderedMutex;     // the worker's result, handed to the GUI thread
    std::shared_ptr<LogStore::Reordered> m_reordered;
};
