#pragma once

#include "reportdata.h"
#include "timeformat.h"

#include <QAbstractTableModel>

#include <optional>
#include <unordered_map>
#include <vector>

class LogTableModel;

// A note the engineer leaves on a row or on a stretch of time, to hand on with the ticket.
struct Bookmark
{
    int64_t start = 0; // UTC seconds: the row's time, or where the range starts
    int64_t end = 0;   // where the range ends (the row's time for a row)
    QString file;      // a row's file (its key, as the store names it); empty for a range
    uint32_t line = 0; // a row's line in that file; 0 for a range
    QString what;      // a row's reason, client and URL, as it was bookmarked
    QString comment;

    bool isRow() const { return line > 0; }
    bool operator==(const Bookmark &o) const
    {
        return start == o.start && end == o.end && file == o.file && line == o.line
               && what == o.what && comment == o.comment;
    }
};

// The bookmarks, oldest first: when (in the zone shown), what, comment. Finds the rows of row
// bookmarks in the table's store by file and line (again after the store changed), so the table
// can mark them and the dock can jump to them. GUI thread only.
class BookmarkModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, CommentColumn, ColumnCount };

    explicit BookmarkModel(const LogTableModel *table, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const std::vector<Bookmark> &bookmarks() const { return m_bookmarks; }
    const Bookmark &at(int index) const { return m_bookmarks[size_t(index)]; }
    // Adds a bookmark in time order; returns its index.
    int add(const Bookmark &bookmark);
    void setComment(int index, const QString &comment);
    void remove(int index);
    void setBookmarks(const std::vector<Bookmark> &bookmarks);

    // A bookmark for store row `row` (no comment yet).
    Bookmark forRow(uint32_t row) const;
    // A bookmark for the time range [start, end].
    static Bookmark forRange(int64_t start, int64_t end);
    // `bookmarks` as a report lists them (the window's and a session's on the command line).
    static std::vector<ReportData::Bookmark> forReport(const std::vector<Bookmark> &bookmarks);
    // The bookmark on store row `row`, or -1.
    int indexOfRow(uint32_t row) const;
    // The store row of row bookmark `index`; none for a range or a row not loaded.
    std::optional<uint32_t> storeRow(int index) const;
    // "10.03.2026 10:14:03", or a range's "10.03.2026 10:14:03 – 10:15:30", in the zone shown
    // (which the column's title names; the offsets only when they differ at the two ends).
    QString when(const Bookmark &bookmark) const;
    void setTimeFormat(const TimeFormat &format);

Q_SIGNALS:
    // Bookmarks were added, removed or changed (or their rows found anew).
    void bookmarksChanged();

private:
    void resolve() const;
    void invalidate();

    const LogTableModel *m_table;
    TimeFormat m_format;
    std::vector<Bookmark> m_bookmarks;
    // Store row -> bookmark index, for row bookmarks whose row is loaded; worked out on demand.
    mutable std::unordered_map<uint32_t, int> m_rows;
    mutable bool m_resolved = false;
};
