#pragma once

#include "idcolumn.h"
#include "logbatch.h"
#include "logfield.h"
#include "logfileset.h"
#include "numberidcache.h"
#include "stringpool.h"
#include "timedrows.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

// All loaded rows, column by column: timestamps as integers and every other field as an
// interned id into a per-column string pool. A row costs its timestamp, its line number and
// one to four bytes per field. Lives on the GUI thread; only LogTableModel changes it there.
class LogStore : public TimedRows
{
public:
    struct Column
    {
        std::string name; // the #Fields id
        LogField field = LogField::Extra;
        StringPool pool;
        IdColumn ids;
        NumberIdCache numbers; // speeds up merging numeric values into `pool`
    };

    // The #Fields order a row was read with, so an export can write it back as it was.
    struct RowLayout
    {
        struct Slot
        {
            std::string name; // the id as written in the header
            int column;       // a store column, or LogBatch::DateSlot / TimeSlot
            bool operator==(const Slot &o) const { return name == o.name && column == o.column; }
        };
        std::vector<Slot> fields;
    };

    size_t columnCount() const { return m_columns.size(); }
    const Column &column(size_t index) const { return m_columns[index]; }
    // The column of a known field, or -1 when no loaded file has it.
    int columnOf(LogField field) const;
    // The column of a field by its #Fields id, or -1.
    int columnOf(std::string_view name) const;
    uint32_t id(size_t column, size_t row) const { return m_columns[column].ids.at(row); }
    std::string_view text(size_t column, size_t row) const
    {
        const Column &c = m_columns[column];
        return c.pool.view(c.ids.at(row));
    }

    // The layout a row was read with, or nullptr for rows appended without one.
    const RowLayout *layoutOf(size_t row) const
    {
        const uint32_t id = m_rowLayouts.at(row);
        return id == 0 ? nullptr : &m_layouts[id - 1];
    }
    size_t layoutCount() const { return m_layouts.size(); }

    // Creates the column for a field if it does not exist yet (empty for the rows so far) and
    // returns its index.
    size_t ensureColumn(LogField field, const std::string &name);
    // Appends the rows of `batch` (its pools are re-mapped into the store's). Returns the
    // indexes of the columns this batch created.
    std::vector<size_t> append(const LogBatch &batch);

    QStringList files() const { return m_fileSet.files(); }
    // Each file opened by itself (tests and tools; a load sets its LogFileSet).
    void setFiles(const QStringList &files) { m_fileSet = LogFileSet::fromFiles(files); }
    QString fileName(uint32_t index) const { return m_fileSet.file(index); }
    // Makes room for `rows` rows in all columns, so appending never copies them to grow.
    void reserve(size_t rows);
    // The rows last made room for (0 when none): what a load expects to end with.
    size_t reservedRows() const { return m_reserved; }
    // How many rows `totalBytes` of log probably hold, judging by `sample` (a parsed piece);
    // a little more than that, so a load rarely outgrows reserve(estimateRows(...)).
    static size_t estimateRows(uint64_t totalBytes, const LogBatch &sample);
    // The row-wise columns put in another order, made apart from the store.
    struct Reordered
    {
        std::vector<int64_t> times;
        std::vector<uint32_t> lines;
        IdColumn files;
        IdColumn rowLayouts;
        std::vector<IdColumn> ids; // one per column
    };
    // Stable sort by time; rows with equal times keep their file and line order.
    void sortByTime();
    // The same sort without changing the store: safe on another thread while nothing appends
    // to the store. Hand the result to adopt() (cheap) on the store's own thread.
    Reordered reorderedByTime() const;
    void adopt(Reordered &&reordered);
    void clear();
    size_t memoryBytes() const;

private:
    void appendLayouts(const LogBatch &batch, const std::vector<size_t> &targets);
    IdColumn m_rowLayouts; // 0 = unknown, else an index into m_layouts + 1
    std::vector<RowLayout> m_layouts;
    std::vector<Column> m_columns;
    size_t m_reserved = 0;
};
