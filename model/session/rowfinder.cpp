#include "rowfinder.h"

#include "filtercriterion.h"
#include "logfiltermodel.h"
#include "logsource.h"
#include "logtablemodel.h"
#include "textdecode.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace {
// One text, ignoring case: ASCII text by its folded bytes (no decoding per value), other text
// by decoded, case-folded comparison.
class Matcher
{
public:
    explicit Matcher(const QString &text)
        : m_text(text)
        , m_ascii(std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; }))
    {
        if (m_ascii) {
            const QByteArray bytes = text.toLatin1();
            m_folded =
                IdCriterion::foldCase(std::string_view(bytes.constData(), size_t(bytes.size())));
        }
    }
    bool bytes(std::string_view value) const
    {
        if (value.empty())
            value = "-"; // an empty value reads "-" in the table
        if (!m_ascii)
            return text(TextDecode::toQString(value));
        return IdCriterion::containsFolded(value, m_folded);
    }
    bool text(const QString &value) const { return value.contains(m_text, Qt::CaseInsensitive); }
    bool isDigits() const
    {
        return std::all_of(m_text.begin(), m_text.end(), [](QChar c) { return c.isDigit(); });
    }

private:
    QString m_text;
    bool m_ascii;
    std::string m_folded;
};

// The decisions for the rows' values: per interned id of each field column with a match, per
// file (its server and its name), per second, per line number.
struct Decisions
{
    struct Field
    {
        size_t storeColumn;
        std::vector<uint8_t> table;
    };
    std::vector<Field> fields;
    std::vector<uint8_t> files; // empty when no file or server matches
    bool time = false;
    bool line = false;
};

Decisions decide(const LogTableModel &table, const Matcher &matcher,
                 const std::vector<int> &columns)
{
    const LogStore &store = table.store();
    Decisions d;
    bool server = false;
    bool file = false;
    for (const int c : columns) {
        const LogTableModel::ColumnInfo info = table.columnInfo(c);
        switch (info.kind) {
        case LogTableModel::ColumnKind::Time:
            d.time = true;
            break;
        case LogTableModel::ColumnKind::Line:
            d.line = matcher.isDigits();
            break;
        case LogTableModel::ColumnKind::Server:
            server = true;
            break;
        case LogTableModel::ColumnKind::File:
            file = true;
            break;
        case LogTableModel::ColumnKind::Field: {
            const StringPool &pool = store.column(size_t(info.storeColumn)).pool;
            Decisions::Field f{size_t(info.storeColumn), std::vector<uint8_t>(pool.size())};
            bool any = false;
            for (uint32_t id = 0; id < pool.size(); ++id) {
                f.table[id] = matcher.bytes(pool.view(id)) ? 1 : 0;
                any = any || f.table[id];
            }
            if (any)
                d.fields.push_back(std::move(f));
            break;
        }
        }
    }
    const LogFileSet &set = store.fileSet();
    std::vector<uint8_t> files(size_t(set.files().size()));
    bool any = false;
    for (size_t i = 0; i < files.size(); ++i) {
        files[i] = (server && matcher.text(set.serverName(set.serverOf(uint32_t(i)))))
                   || (file && matcher.text(LogSource::displayName(set.file(uint32_t(i)))));
        any = any || files[i];
    }
    if (any)
        d.files = std::move(files);
    return d;
}

std::vector<int> allColumns(const LogTableModel &table)
{
    std::vector<int> columns(size_t(table.columnCount()));
    for (size_t i = 0; i < columns.size(); ++i)
        columns[i] = int(i);
    return columns;
}

// Whether a row's time, as the table shows it, contains the text; each second decided once.
class TimeMatcher
{
public:
    TimeMatcher(const TimeFormat &format, const Matcher &matcher)
        : m_format(format)
        , m_matcher(matcher)
    {}
    bool operator()(int64_t time)
    {
        const auto it = m_seen.find(time);
        if (it != m_seen.end())
            return it->second;
        const bool match = m_matcher.text(m_format.dateTime(time));
        m_seen.emplace(time, match);
        return match;
    }

private:
    const TimeFormat &m_format;
    const Matcher &m_matcher;
    std::unordered_map<int64_t, bool> m_seen;
};
} // namespace

void RowFinder::run(const LogFilterModel &model, const QString &text,
                    const std::vector<int> &columns)
{
    m_text = text;
    m_rows.clear();
    const LogTableModel *table = model.tableModel();
    if (text.isEmpty() || !table)
        return;
    m_columns = columns.empty() ? allColumns(*table) : columns;
    const Matcher matcher(text);
    const Decisions d = decide(*table, matcher, m_columns);
    const LogStore &store = table->store();
    TimeMatcher timeMatches(table->timeFormat(), matcher);
    const std::string digits = text.toStdString();
    const std::vector<uint32_t> &rows = model.sourceRows();
    for (size_t i = 0; i < rows.size(); ++i) {
        const uint32_t row = rows[i];
        const uint32_t file = store.fileIndex(row);
        bool match = file < d.files.size() && d.files[file];
        for (size_t f = 0; !match && f < d.fields.size(); ++f)
            match = d.fields[f].table[store.id(d.fields[f].storeColumn, row)] != 0;
        if (!match && d.line)
            match = std::to_string(store.line(row)).find(digits) != std::string::npos;
        if (!match && d.time)
            match = timeMatches(store.time(row));
        if (match)
            m_rows.push_back(int(i));
    }
}

void RowFinder::clear()
{
    m_text.clear();
    m_rows.clear();
}

int RowFinder::indexOf(int row) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), row);
    return it != m_rows.end() && *it == row ? int(it - m_rows.begin()) : -1;
}

int RowFinder::next(int row, int direction) const
{
    if (m_rows.empty())
        return -1;
    if (direction >= 0) {
        const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), row);
        return it == m_rows.end() ? m_rows.front() : *it;
    }
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), row);
    return it == m_rows.begin() ? m_rows.back() : *(it - 1);
}

std::vector<int> RowFinder::columnsOf(const LogFilterModel &model, int row) const
{
    std::vector<int> out;
    const LogTableModel *table = model.tableModel();
    if (m_text.isEmpty() || !table || row < 0 || row >= model.rowCount())
        return out;
    const Matcher matcher(m_text);
    const int sourceRow = int(model.sourceRows()[size_t(row)]);
    for (const int c : m_columns) {
        if (c < table->columnCount() && matcher.text(table->text(sourceRow, c)))
            out.push_back(c);
    }
    return out;
}
