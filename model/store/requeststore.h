#pragma once

#include "accessclock.h"
#include "idcolumn.h"
#include "requestbatch.h"
#include "requestfield.h"
#include "stringpool.h"
#include "timedrows.h"

#include <array>
#include <string_view>
#include <vector>

// The IIS access-log rows of a load, column by column as in LogStore: the time a request ended
// as seconds, text fields as interned ids (1, 2 or 4 bytes a row), status, substatus, win32
// status, port and time-taken as plain numbers for fast scans. Kept apart from the httperr
// rows: they never mix. A row's server is its file's (the load's LogFileSet).
class RequestStore : public TimedRows
{
public:
    using Text = RequestField::Text;
    using Number = RequestField::Number;

    uint32_t id(Text field, size_t row) const { return ids(field).at(row); }
    std::string_view text(Text field, size_t row) const { return pool(field).view(id(field, row)); }
    const StringPool &pool(Text field) const { return m_pools[size_t(field)]; }
    const IdColumn &ids(Text field) const { return m_ids[size_t(field)]; }
    // RequestField::NoNumber where the row had no value.
    uint32_t number(Number field, size_t row) const { return m_numbers[size_t(field)][row]; }
    const std::vector<uint32_t> &numbers(Number field) const { return m_numbers[size_t(field)]; }
    // Whether any row so far came from a #Fields line that names the field.
    bool has(Text field) const { return m_hasText[size_t(field)]; }
    bool has(Number field) const { return m_hasNumber[size_t(field)]; }

    // Appends the rows of `batch`, its pools re-mapped into the store's, its times moved from
    // the clock its server's access logs were written in to UTC (clock()).
    void append(const RequestBatch &batch);
    // The clock the access logs were written in; set it before rows arrive (clear() keeps it).
    void setClock(const AccessClock &clock) { m_clock = clock; }
    const AccessClock &clock() const { return m_clock; }
    // The offset from UTC the rows of `server` were read with (seconds east).
    int32_t clockOffset(uint32_t server) const
    {
        return m_clock.offsetFor(m_fileSet.serverName(server));
    }
    void reserve(size_t rows);
    // Stable sort by time (rows of several servers arrive file after file).
    void sortByTime();
    void clear();

    // How many files gave rows.
    size_t fileCount() const;
    size_t memoryBytes() const;

private:
    std::array<StringPool, RequestField::TextCount> m_pools;
    std::array<IdColumn, RequestField::TextCount> m_ids;
    std::array<std::vector<uint32_t>, RequestField::NumberCount> m_numbers;
    std::array<bool, RequestField::TextCount> m_hasText{};
    std::array<bool, RequestField::NumberCount> m_hasNumber{};
    std::vector<bool> m_filesWithRows;
    AccessClock m_clock;
};
