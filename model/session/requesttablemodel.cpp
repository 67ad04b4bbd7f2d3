#include "requesttablemodel.h"

#include "naturalorder.h"
#include "textdecode.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

using Text = RequestField::Text;
using Number = RequestField::Number;

namespace {
struct ColumnField
{
    bool isText;
    int field; // a RequestField::Text or ::Number
};

// The store field a column shows (Time and Server have none).
bool fieldOf(int column, ColumnField &out)
{
    switch (column) {
    case RequestTableModel::ClientIp:
        out = {true, int(Text::ClientIp)};
        return true;
    case RequestTableModel::Method:
        out = {true, int(Text::Method)};
        return true;
    case RequestTableModel::Url:
        out = {true, int(Text::UriStem)};
        return true;
    case RequestTableModel::Query:
        out = {true, int(Text::UriQuery)};
        return true;
    case RequestTableModel::Username:
        out = {true, int(Text::Username)};
        return true;
    case RequestTableModel::UserAgent:
        out = {true, int(Text::UserAgent)};
        return true;
    case RequestTableModel::ServerIp:
        out = {true, int(Text::ServerIp)};
        return true;
    case RequestTableModel::Status:
        out = {false, int(Number::Status)};
        return true;
    case RequestTableModel::Substatus:
        out = {false, int(Number::Substatus)};
        return true;
    case RequestTableModel::Win32Status:
        out = {false, int(Number::Win32Status)};
        return true;
    case RequestTableModel::TimeTaken:
        out = {false, int(Number::TimeTaken)};
        return true;
    case RequestTableModel::ServerPort:
        out = {false, int(Number::ServerPort)};
        return true;
    default:
        return false;
    }
}
} // namespace

RequestTableModel::RequestTableModel(RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(log, &RequestLog::aboutToReset, this, [this] { beginResetModel(); });
    connect(log, &RequestLog::resetDone, this, [this] {
        m_rows.clear();
        m_sortColumn = -1;
        m_filter = RequestFilter(m_filter.state()); // the store's ids started over
        m_filter.collect(m_log->store(), 0, m_log->rowCount(), m_rows);
        endResetModel();
    });
    connect(log, &RequestLog::rowsAppended, this, &RequestTableModel::onAppended);
    connect(log, &RequestLog::serversChanged, this, [this] {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, Server), index(rowCount() - 1, Server));
    });
    m_filter.collect(m_log->store(), 0, m_log->rowCount(), m_rows);
}

int RequestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequestTableModel::hasColumn(int column) const
{
    ColumnField f{};
    if (!fieldOf(column, f))
        return column == Time || column == Server;
    const RequestStore &store = m_log->store();
    return f.isText ? store.has(Text(f.field)) : store.has(Number(f.field));
}

QString RequestTableModel::text(size_t row, int column) const
{
    const RequestStore &store = m_log->store();
    if (column == Time)
        return m_timeFormat.dateTime(store.time(row));
    if (column == Server)
        return store.fileSet().serverName(store.serverOf(row));
    ColumnField f{};
    if (!fieldOf(column, f))
        return {};
    if (f.isText) {
        const std::string_view value = store.text(Text(f.field), row);
        return value.empty() ? QString() : TextDecode::toQString(value);
    }
    const uint32_t n = store.number(Number(f.field), row);
    return n == RequestField::NoNumber ? QString() : QString::number(n);
}

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const size_t row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TimeTaken) {
            const uint32_t ms = m_log->store().number(Number::TimeTaken, row);
            return ms == RequestField::NoNumber ? QString() : QLocale().toString(ms);
        }
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Url || index.column() == Query || index.column() == UserAgent)
            return text(row, index.column());
        if (index.column() == Server)
            return m_log->store().fileSet().serverKey(m_log->store().serverOf(row));
        return {};
    case Qt::TextAlignmentRole: {
        ColumnField f{};
        const bool number = fieldOf(index.column(), f) && !f.isText;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    case StoreRowRole:
        return qulonglong(row);
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    ColumnField f{};
    const bool hasField = fieldOf(section, f);
    if (role == ColumnKeyRole) {
        if (!hasField)
            return section == Time ? QStringLiteral("time") : QStringLiteral("server");
        const std::string_view key =
            f.isText ? RequestField::name(Text(f.field)) : RequestField::name(Number(f.field));
        return QString::fromLatin1(key.data(), qsizetype(key.size()));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (%1)")
            .arg(m_timeFormat.displayZone().isUtc() ? QStringLiteral("UTC")
                                                    : m_timeFormat.displayZone().name());
    case Server:
        return tr("Server");
    case ClientIp:
        return tr("Client IP");
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Query:
        return tr("Query");
    case Status:
        return tr("Status");
    case Substatus:
        return tr("Substatus");
    case Win32Status:
        return tr("Win32 status");
    case TimeTaken:
        return tr("Time taken (ms)");
    case Username:
        return tr("User");
    case UserAgent:
        return tr("User agent");
    case ServerIp:
        return tr("Server IP");
    case ServerPort:
        return tr("Port");
    default:
        return {};
    }
}

void RequestTableModel::setTimeFormat(const TimeFormat &format)
{
    m_timeFormat = format;
    Q_EMIT headerDataChanged(Qt::Horizontal, Time, Time);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Time), index(rowCount() - 1, Time));
}

void RequestTableModel::setFilterState(const RequestFilterState &state)
{
    if (state == m_filter.state())
        return;
    m_filter = RequestFilter(state);
    refilter();
}

void RequestTableModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    m_filter.collect(m_log->store(), 0, m_log->rowCount(), m_rows);
    if (m_sortColumn >= 0)
        orderRows(m_sortColumn, m_sortOrder);
    endResetModel();
    Q_EMIT filterChanged();
}

void RequestTableModel::onAppended(qsizetype first, qsizetype count)
{
    std::vector<uint32_t> passing;
    m_filter.collect(m_log->store(), size_t(first), size_t(first + count), passing);
    if (passing.empty())
        return;
    const int at = rowCount();
    beginInsertRows({}, at, at + int(passing.size()) - 1);
    m_rows.insert(m_rows.end(), passing.begin(), passing.end());
    endInsertRows();
}

void RequestTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_log->isReady() || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<uint32_t> storeRows;
    storeRows.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        storeRows.push_back(m_rows[size_t(i.row())]);
    std::sort(m_rows.begin(), m_rows.end()); // log order: ties keep it
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    if (column >= 0)
        orderRows(column, order);
    if (!before.isEmpty()) {
        std::vector<int> rowOf(m_log->rowCount(), -1);
        for (size_t i = 0; i < m_rows.size(); ++i)
            rowOf[m_rows[i]] = int(i);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after << index(rowOf[storeRows[size_t(i)]], before[i].column());
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RequestTableModel::orderRows(int column, Qt::SortOrder order)
{
    const RequestStore &store = m_log->store();
    std::vector<uint32_t> ranks; // per id for text, per server for the server
    ColumnField f{};
    const bool hasField = fieldOf(column, f);
    if (column == Server)
        ranks = serverRanks();
    else if (hasField && f.isText)
        ranks = textRanks(Text(f.field));
    else if (!hasField && column != Time)
        return;
    // One 64-bit key a row: the column's key above, the row's place in log order below, so a
    // plain sort is stable. Descending flips the column's key only: ties keep log order.
    std::vector<uint64_t> keys(m_rows.size());
    uint32_t timeRank = 0; // rows are in time order: the rank of a row's time
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const uint32_t row = m_rows[i];
        uint32_t key = 0;
        if (column == Time) {
            if (i > 0 && store.time(row) != store.time(m_rows[i - 1]))
                ++timeRank;
            key = timeRank;
        } else if (column == Server)
            key = ranks[store.serverOf(row)];
        else if (f.isText)
            key = ranks[store.id(Text(f.field), row)];
        else // no value (NoNumber) sorts as the smallest
            key = store.number(Number(f.field), row) + 1u;
        if (order == Qt::DescendingOrder)
            key = ~key;
        keys[i] = (uint64_t(key) << 32) | i;
    }
    std::sort(keys.begin(), keys.end());
    std::vector<uint32_t> sorted(m_rows.size());
    for (size_t i = 0; i < keys.size(); ++i)
        sorted[i] = m_rows[size_t(keys[i] & 0xFFFFFFFFu)];
    m_rows.swap(sorted);
}

std::vector<uint32_t> RequestTableModel::textRanks(RequestField::Text field) const
{
    const StringPool &pool = m_log->store().pool(field);
    std::vector<uint32_t> ids(pool.size());
    std::iota(ids.begin(), ids.end(), 0u);
    // Case ignored ("/Reports" beside "/reports"), then bytes, so equal texts stay apart.
    std::vector<std::string> folded(pool.size());
    for (uint32_t id = 0; id < pool.size(); ++id)
        folded[id] = IdCriterion::foldCase(pool.view(id));
    std::sort(ids.begin(), ids.end(), [&pool, &folded](uint32_t a, uint32_t b) {
        if (folded[a] != folded[b])
            return folded[a] < folded[b];
        return pool.view(a) < pool.view(b);
    });
    std::vector<uint32_t> rank(pool.size());
    for (size_t i = 0; i < ids.size(); ++i)
        rank[ids[i]] = uint32_t(i);
    return rank;
}

std::vector<uint32_t> RequestTableModel::serverRanks() const
{
    const LogFileSet &set = m_log->store().fileSet();
    std::vector<uint32_t> servers(size_t(std::max(set.serverCount(), 1)));
    std::iota(servers.begin(), servers.end(), 0u);
    std::sort(servers.begin(), servers.end(), [&set](uint32_t a, uint32_t b) {
        return NaturalOrder::less(set.serverName(a), set.serverName(b));
    });
    std::vector<uint32_t> rank(servers.size());
    for (size_t i = 0; i < servers.size(); ++i)
        rank[servers[i]] = uint32_t(i);
    return rank;
}
