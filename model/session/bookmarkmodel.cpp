#include "bookmarkmodel.h"

#include "logsource.h"
#include "logtablemodel.h"
#include "textdecode.h"

#include <algorithm>

BookmarkModel::BookmarkModel(const LogTableModel *table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{
    // The store was emptied, grew or put its rows in another order: rows are found anew.
    connect(table, &QAbstractItemModel::modelReset, this, &BookmarkModel::invalidate);
    connect(table, &QAbstractItemModel::rowsInserted, this, &BookmarkModel::invalidate);
    connect(table, &QAbstractItemModel::layoutChanged, this, &BookmarkModel::invalidate);
}

int BookmarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookmarks.size());
}

int BookmarkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookmarkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bookmark &b = m_bookmarks[size_t(index.row())];
    if (role == Qt::ToolTipRole && b.isRow())
        return tr("%1, line %2").arg(LogSource::displayName(b.file)).arg(b.line);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return when(b);
    case WhatColumn:
        return b.isRow() ? b.what : tr("Time range");
    case CommentColumn:
        return b.comment;
    default:
        return {};
    }
}

QVariant BookmarkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When (%1)")
            .arg(m_format.displayZone().isUtc() ? QStringLiteral("UTC")
                                                : m_format.displayZone().name());
    case WhatColumn:
        return tr("What");
    case CommentColumn:
        return tr("Comment");
    default:
        return {};
    }
}

int BookmarkModel::add(const Bookmark &bookmark)
{
    const auto it =
        std::upper_bound(m_bookmarks.begin(), m_bookmarks.end(), bookmark,
                         [](const Bookmark &a, const Bookmark &b) { return a.start < b.start; });
    const int row = int(it - m_bookmarks.begin());
    beginInsertRows({}, row, row);
    m_bookmarks.insert(it, bookmark);
    endInsertRows();
    m_resolved = false;
    Q_EMIT bookmarksChanged();
    return row;
}

void BookmarkModel::setComment(int index, const QString &comment)
{
    m_bookmarks[size_t(index)].comment = comment;
    Q_EMIT dataChanged(this->index(index, CommentColumn), this->index(index, CommentColumn));
    Q_EMIT bookmarksChanged();
}

void BookmarkModel::remove(int index)
{
    beginRemoveRows({}, index, index);
    m_bookmarks.erase(m_bookmarks.begin() + index);
    endRemoveRows();
    m_resolved = false;
    Q_EMIT bookmarksChanged();
}

void BookmarkModel::setBookmarks(const std::vector<Bookmark> &bookmarks)
{
    beginResetModel();
    m_bookmarks = bookmarks;
    std::stable_sort(m_bookmarks.begin(), m_bookmarks.end(),
                     [](const Bookmark &a, const Bookmark &b) { return a.start < b.start; });
    endResetModel();
    m_resolved = false;
    Q_EMIT bookmarksChanged();
}

std::vector<ReportData::Bookmark> BookmarkModel::forReport(const std::vector<Bookmark> &bookmarks)
{
    std::vector<ReportData::Bookmark> out;
    out.reserve(bookmarks.size());
    for (const Bookmark &b : bookmarks)
        out.push_back({b.start, b.end, b.isRow(), b.what, b.comment});
    return out;
}

Bookmark BookmarkModel::forRow(uint32_t row) const
{
    const LogStore &store = m_table->store();
    Bookmark b;
    b.start = b.end = store.time(row);
    b.file = store.fileName(store.fileIndex(row));
    b.line = store.line(row);
    QStringList parts;
    for (const LogField field : {LogField::Reason, LogField::ClientIp, LogField::Uri}) {
        const int column = store.columnOf(field);
        if (column >= 0 && !store.text(size_t(column), row).empty())
            parts << TextDecode::toQString(store.text(size_t(column), row));
    }
    b.what = parts.join(QLatin1Char(' '));
    return b;
}

Bookmark BookmarkModel::forRange(int64_t start, int64_t end)
{
    Bookmark b;
    b.start = std::min(start, end);
    b.end = std::max(start, end);
    return b;
}

void BookmarkModel::invalidate()
{
    m_resolved = false;
    if (!m_bookmarks.empty())
        Q_EMIT bookmarksChanged();
}

void BookmarkModel::resolve() const
{
    if (m_resolved)
        return;
    m_resolved = true;
    m_rows.clear();
    const LogStore &store = m_table->store();
    // Wanted (file index, line) -> bookmark; one pass over the rows' files and lines.
    std::unordered_map<uint64_t, int> wanted;
    for (size_t i = 0; i < m_bookmarks.size(); ++i) {
        const Bookmark &b = m_bookmarks[i];
        if (!b.isRow())
            continue;
        const qsizetype file = store.files().indexOf(b.file);
        if (file >= 0)
            wanted.emplace(uint64_t(file) << 32 | b.line, int(i));
    }
    if (wanted.empty())
        return;
    for (size_t row = 0; row < store.rowCount(); ++row) {
        const auto it = wanted.find(uint64_t(store.fileIndex(row)) << 32 | store.line(row));
        if (it != wanted.end())
            m_rows.emplace(uint32_t(row), it->second);
    }
}

int BookmarkModel::indexOfRow(uint32_t row) const
{
    if (m_bookmarks.empty())
        return -1;
    resolve();
    const auto it = m_rows.find(row);
    return it == m_rows.end() ? -1 : it->second;
}

std::optional<uint32_t> BookmarkModel::storeRow(int index) const
{
    resolve();
    for (const auto &[row, bookmark] : m_rows) {
        if (bookmark == index)
            return row;
    }
    return std::nullopt;
}

QString BookmarkModel::when(const Bookmark &bookmark) const
{
    if (bookmark.isRow())
        return m_format.dateTime(bookmark.start);
    if (m_format.zone(bookmark.start) != m_format.zone(bookmark.end))
        return m_format.span(bookmark.start, bookmark.end); // across a clock change
    const QString last = m_format.date(bookmark.start) == m_format.date(bookmark.end)
                             ? m_format.time(bookmark.end)
                             : m_format.dateTime(bookmark.end);
    return m_format.dateTime(bookmark.start) + QStringLiteral(" – ") + last;
}

void BookmarkModel::setTimeFormat(const TimeFormat &format)
{
    m_format = format;
    Q_EMIT headerDataChanged(Qt::Horizontal, WhenColumn, WhenColumn);
    if (!m_bookmarks.empty())
        Q_EMIT dataChanged(index(0, WhenColumn), index(rowCount() - 1, WhenColumn));
}
