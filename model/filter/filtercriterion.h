#pragma once

#include "filterstate.h"
#include "logfield.h"
#include "stringpool.h"

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// One criterion of a filter, compiled from the text the user typed. A criterion whose text
// cannot be used reports why in error() and filters nothing.
class FilterCriterion
{
public:
    explicit FilterCriterion(FilterField field)
        : m_field(field)
    {}
    virtual ~FilterCriterion() = default;

    FilterField field() const { return m_field; }
    // Why the criterion's text cannot be used; empty when it can.
    QString error() const { return m_error; }
    // True when the criterion restricts rows (it has a spec and no error).
    bool isActive() const { return m_active && m_error.isEmpty(); }

protected:
    void setActive(bool active) { m_active = active; }
    void setError(const QString &error) { m_error = error; }

private:
    FilterField m_field;
    bool m_active = false;
    QString m_error;
};

// A criterion over one interned text column. It decides once per distinct value and keeps the
// answer in a table indexed by the value's id, so testing a row is one array lookup.
class IdCriterion : public FilterCriterion
{
public:
    IdCriterion(FilterField field, LogField column)
        : FilterCriterion(field)
        , m_column(column)
    {}

    // The store column this criterion reads.
    LogField column() const { return m_column; }
    // Decides the values interned into `pool` since the last call.
    void extend(const StringPool &pool);
    // Forgets every decision (the store was emptied and its ids start over).
    void forget() { m_table.clear(); }
    // 1 for ids whose value passes, 0 otherwise; as long as the pool it was extended with.
    const std::vector<uint8_t> &table() const { return m_table; }
    // The answer for one id: from the table, or worked out now for an id not decided yet.
    bool accepts(const StringPool &pool, uint32_t id) const
    {
        if (id < m_table.size())
            return m_table[id] != 0;
        return matches(id == StringPool::EmptyId ? std::string_view("-") : pool.view(id));
    }
    // Whether a row without this column (every value empty, "-") passes.
    bool acceptsEmpty() const { return matches("-"); }

    // Lower-cases ASCII letters; other bytes are kept (log values are mostly ASCII).
    static std::string foldCase(std::string_view text);
    // Whether `haystack` contains `foldedNeedle` (already foldCase()d), ignoring ASCII case.
    // Bytes above 0x7f never equal an ASCII needle byte, so UTF-8 and code-page text are alike.
    static bool containsFolded(std::string_view haystack, std::string_view foldedNeedle);

protected:
    // Whether a value passes; `text` is the raw value, "-" for an empty one.
    virtual bool matches(std::string_view text) const = 0;

private:
    LogField m_column;
    std::vector<uint8_t> m_table;
};
