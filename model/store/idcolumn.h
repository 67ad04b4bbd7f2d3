#pragma once

#include <cstdint>
#include <cstring>
#include <vector>

// A column of interned ids that stores each id in 1, 2 or 4 bytes, widening itself when an id
// no longer fits. Reason, method or queue columns have a handful of values and so cost one
// byte a row; only URLs and client addresses usually need more.
class IdColumn
{
public:
    uint32_t at(size_t row) const
    {
        switch (m_width) {
        case 1:
            return m_bytes[row];
        case 2: {
            uint16_t v;
            std::memcpy(&v, m_bytes.data() + row * 2, 2);
            return v;
        }
        default: {
            uint32_t v;
            std::memcpy(&v, m_bytes.data() + row * 4, 4);
            return v;
        }
        }
    }

    size_t size() const { return m_bytes.size() / m_width; }
    // The ids as stored, width() bytes each (native byte order): for tight scans over a column.
    const uint8_t *data() const { return m_bytes.data(); }
    unsigned width() const { return m_width; }
    size_t memoryBytes() const { return m_bytes.capacity(); }

    // Appends `count` ids, each mapped through `remap` (local id -> global id).
    void append(const uint32_t *ids, size_t count, const std::vector<uint32_t> &remap,
                uint32_t maxId);
    void appendZeros(size_t count) { m_bytes.resize(m_bytes.size() + count * m_width, 0); }
    // Appends `id` `count` times.
    void appendRepeated(uint32_t id, size_t count);
    void set(size_t row, uint32_t id);
    void reserve(size_t rows) { m_bytes.reserve(rows * m_width); }
    void clear();
    // Reorders the rows: new row i is old row order[i].
    void permute(const std::vector<uint32_t> &order) { *this = permuted(order); }
    // The same column reordered so, leaving this one as it is.
    IdColumn permuted(const std::vector<uint32_t> &order) const;
    void truncate(size_t rows) { m_bytes.resize(rows * m_width); }

private:
    void widenTo(unsigned width);

    unsigned m_width = 1;
    std::vector<uint8_t> m_bytes;
};
