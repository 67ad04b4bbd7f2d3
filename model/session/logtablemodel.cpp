#include "logtablemodel.h"

#include "threadhandoff.h"

#include "logsource.h"
#include "textdecode.h"
#include "timeutil.h"

#include <iterator>
#include <memory>

namespace {
constexpr int ExtraRank = 1000;
constexpr int FileRank = 2000;

// Display order: what an engineer reads first (why, what status, who, what URL) on the left,
// connection details after. The file's own field order is kept for export.
int fieldRank(LogField field)
{
    static const LogField order[] = {
        LogField::Reason,       LogField::Status,     LogField::ClientIp,
        LogField::ClientPort,   LogField::Method,     LogField::Uri,
        LogField::Host,         LogField::SiteId,     LogField::QueueName,
        LogField::ServerIp,     LogField::ServerPort, LogField::Version,
        LogField::StreamId,     LogField::StreamIdEx, LogField::Transport,
        LogField::TimeTaken,    LogField::ScBytes,    LogField::CsBytes,
        LogField::UserAgent,    LogField::Referer,    LogField::Cookie,
        LogField::ComputerName, LogField::FaultCode,  LogField::ExtendedFaultCode};
    for (size_t i = 0; i < std::size(order); ++i) {
        if (order[i] == field)
            return 1 + int(i);
    }
    return ExtraRank - 1;
}

QVariant numberOrText(std::string_view text)
{
    bool ok = false;
    const qlonglong v =
        QByteArray::fromRawData(text.data(), qsizetype(text.size())).toLongLong(&ok);
    if (ok)
        return v;
    return TextDecode::toQString(text);
}
} // namespace

LogTableModel::LogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    reset();
}

LogTableModel::~LogTableModel()
{
    m_reorder.waitForFinished();
    ThreadHandoff::acquire(&m_store); // the worker is done with this object
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.rowCount());
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int LogTableModel::columnOf(LogField field) const
{
    const int storeColumn = m_store.columnOf(field);
    if (storeColumn < 0)
        return -1;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].kind == ColumnKind::Field && m_columns[i].storeColumn == storeColumn)
            return int(i);
    }
    return -1;
}

QString LogTableModel::text(int row, int column) const
{
    const ColumnInfo &info = m_columns[size_t(column)];
    const size_t r = size_t(row);
    switch (info.kind) {
    case ColumnKind::Time:
        return m_timeFormat.dateTime(m_store.time(r));
    case ColumnKind::Field: {
        const std::string_view t = m_store.text(size_t(info.storeColumn), r);
        return t.empty() ? QStringLiteral("-") : TextDecode::toQString(t);
    }
    case ColumnKind::Server:
        return m_store.fileSet().serverName(m_store.serverOf(r));
    case ColumnKind::File:
        return LogSource::displayName(m_store.fileName(m_store.fileIndex(r)));
    case ColumnKind::Line:
        return QString::number(m_store.line(r));
    }
    return {};
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnInfo &info = m_columns[size_t(index.column())];
    const size_t row = size_t(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        if (info.kind == ColumnKind::File)
            return m_store.fileName(m_store.fileIndex(row));
        if (info.kind == ColumnKind::Server)
            return m_store.fileSet().serverKey(m_store.serverOf(row));
        if (info.kind == ColumnKind::Field)
            return text(index.row(), index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (info.kind == ColumnKind::Line
            || (info.kind == ColumnKind::Field
                && LogFields::isNumeric(m_store.column(size_t(info.storeColumn)).field)))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (info.kind) {
        case ColumnKind::Time:
            return qint64(m_store.time(row));
        case ColumnKind::Line:
            return qint64(m_store.line(row));
        case ColumnKind::File:
            return m_store.fileIndex(row);
        case ColumnKind::Server:
            return text(index.row(), index.column());
        case ColumnKind::Field:
            return numberOrText(m_store.text(size_t(info.storeColumn), row));
        }
        return {};
    case StoreRowRole:
        return qulonglong(row);
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(m_columns.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnInfo &info = m_columns[size_t(section)];
    if (role == ColumnKeyRole)
        return columnKey(info);
    if (role == ShownByDefaultRole)
        return info.kind == ColumnKind::Server ? QVariant(m_store.fileSet().serverCount() >= 2)
                                               : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (info.kind) {
    case ColumnKind::Time:
        return tr("Time (%1)")
            .arg(m_timeFormat.displayZone().isUtc() ? QStringLiteral("UTC")
                                                    : m_timeFormat.displayZone().name());
    case ColumnKind::Server:
        return tr("Server");
    case ColumnKind::File:
        return tr("File");
    case ColumnKind::Line:
        return tr("Line");
    case ColumnKind::Field: {
        const LogStore::Column &c = m_store.column(size_t(info.storeColumn));
        if (role == Qt::ToolTipRole || c.field == LogField::Extra)
            return QString::fromStdString(c.name);
        return LogFields::title(c.field);
    }
    }
    return {};
}

QString LogTableModel::columnKey(const ColumnInfo &info) const
{
    switch (info.kind) {
    case ColumnKind::Time:
        return QStringLiteral("time");
    case ColumnKind::Server:
        return QStringLiteral("server");
    case ColumnKind::File:
        return QStringLiteral("file");
    case ColumnKind::Line:
        return QStringLiteral("line");
    case ColumnKind::Field:
        return QString::fromStdString(m_store.column(size_t(info.storeColumn)).name);
    }
    return {};
}

void LogTableModel::reset(const QStringList &files)
{
    ++m_reorderGeneration;
    m_reorder.waitForFinished(); // the worker reads the store about to be cleared
    ThreadHandoff::acquire(&m_store);
    beginResetModel();
    m_store.clear();
    m_store.setFiles(files);
    m_columns = {{ColumnKind::Time, -1},
                 {ColumnKind::Server, -1},
                 {ColumnKind::File, -1},
                 {ColumnKind::Line, -1}};
    endResetModel();
}

void LogTableModel::setTimeFormat(const TimeFormat &format)
{
    m_timeFormat = format;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    if (m_store.rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole});
}

void LogTableModel::setFiles(const QStringList &files)
{
    setFileSet(LogFileSet::fromFiles(files));
}

void LogTableModel::setFileSet(const LogFileSet &files)
{
    const QStringList before = m_store.fileSet().serverNames();
    m_store.setFileSet(files);
    const int column = serverColumn();
    if (m_store.rowCount() > 0 && before != files.serverNames())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
    if ((before.size() >= 2) != (files.serverCount() >= 2))
        Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
    Q_EMIT serversChanged();
}

bool LogTableModel::renameServer(uint32_t server, const QString &name)
{
    if (!m_store.fileSet().renameServer(server, name))
        return false;
    if (m_store.rowCount() > 0) {
        const int column = serverColumn();
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
    }
    Q_EMIT serversChanged();
    return true;
}

int LogTableModel::serverColumn() const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].kind == ColumnKind::Server)
            return int(i);
    }
    return -1;
}

int LogTableModel::rankOf(const ColumnInfo &info) const
{
    switch (info.kind) {
    case ColumnKind::Time:
    case ColumnKind::Server:
        return 0;
    case ColumnKind::File:
        return FileRank;
    case ColumnKind::Line:
        return FileRank + 1;
    case ColumnKind::Field: {
        const LogField field = m_store.column(size_t(info.storeColumn)).field;
        return field == LogField::Extra ? ExtraRank + info.storeColumn : fieldRank(field);
    }
    }
    return 0;
}

void LogTableModel::addColumnsFor(const LogBatch &batch)
{
    for (const LogBatch::Column &in : batch.columns) {
        const int existing =
            in.field == LogField::Extra ? m_store.columnOf(in.name) : m_store.columnOf(in.field);
        if (existing >= 0)
            continue;
        // Announce the column at its place in the usual order, then create it in the store.
        const ColumnInfo info{ColumnKind::Field, int(m_store.columnCount())};
        const int rank =
            in.field == LogField::Extra ? ExtraRank + info.storeColumn : fieldRank(in.field);
        int position = 0;
        while (position < int(m_columns.size()) && rankOf(m_columns[size_t(position)]) < rank)
            ++position;
        beginInsertColumns({}, position, position);
        m_store.ensureColumn(in.field, in.name);
        m_columns.insert(m_columns.begin() + position, info);
        endInsertColumns();
    }
}

void LogTableModel::appendBatch(const LogBatch &batch)
{
    if (batch.rowCount() == 0)
        return;
    Q_ASSERT_X(m_reorder.isFinished(), "appendBatch", "rows while a re-order is worked out");
    addColumnsFor(batch);
    const int first = int(m_store.rowCount());
    const int last = first + int(batch.rowCount()) - 1;
    beginInsertRows({}, first, last);
    m_store.append(batch);
    endInsertRows();
    Q_EMIT rowsAppended(first, last);
}

void LogTableModel::finishLoading()
{
    if (!m_store.isTimeOrdered())
        adoptOrder(m_store.reorderedByTime());
}

void LogTableModel::finishLoadingInBackground()
{
    if (m_store.isTimeOrdered()) {
        Q_EMIT timeOrderReady();
        return;
    }
    const quint64 generation = ++m_reorderGeneration;
    m_reorder = ThreadHandoff::run(QThreadPool::globalInstance(), [this, generation] {
        auto reordered = std::make_shared<LogStore::Reordered>(m_store.reorderedByTime());
        {
            const std::lock_guard lock(m_reorderedMutex);
            m_reordered = std::move(reordered);
        }
        // By name, not with a lambda, whose slot object both threads would share through a
        // reference count that ThreadSanitizer cannot see (Qt is not built with it).
        QMetaObject::invokeMethod(this, "adoptReordered", Qt::QueuedConnection,
                                  Q_ARG(quint64, generation));
        ThreadHandoff::release(&m_store); // done reading: for reset()'s wait
    });
}

void LogTableModel::adoptReordered(quint64 generation)
{
    std::shared_ptr<LogStore::Reordered> reordered;
    {
        const std::lock_guard lock(m_reorderedMutex);
        reordered = std::move(m_reordered);
    }
    if (reordered && generation == m_reorderGeneration)
        adoptOrder(std::move(*reordered));
}

void LogTableModel::adoptOrder(LogStore::Reordered &&reordered)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_store.adopt(std::move(reordered));
    // Rows moved wholesale; persistent indexes cannot follow a permutation this size cheaply,
    // so they are dropped (the view keeps no selection across a re-order at load end).
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT timeOrderReady();
}
