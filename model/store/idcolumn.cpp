#include "idcolumn.h"

#include <type_traits>

#include <algorithm>

namespace {
unsigned widthFor(uint32_t maxId)
{
    return maxId <= 0xff ? 1 : maxId <= 0xffff ? 2 : 4;
}

template <typename T>
void appendAs(std::vector<uint8_t> &bytes, const uint32_t *ids, size_t count,
              const std::vector<uint32_t> &remap)
{
    const size_t start = bytes.size();
    bytes.resize(start + count * sizeof(T));
    uint8_t *out = bytes.data() + start;
    for (size_t i = 0; i < count; ++i) {
        const T v = T(remap[ids[i]]);
        std::memcpy(out + i * sizeof(T), &v, sizeof(T));
    }
}
} // namespace

void IdColumn::append(const uint32_t *ids, size_t count, const std::vector<uint32_t> &remap,
                      uint32_t maxId)
{
    const unsigned needed = widthFor(maxId);
    if (needed > m_width)
        widenTo(needed);
    switch (m_width) {
    case 1:
        appendAs<uint8_t>(m_bytes, ids, count, remap);
        break;
    case 2:
        appendAs<uint16_t>(m_bytes, ids, count, remap);
        break;
    default:
        appendAs<uint32_t>(m_bytes, ids, count, remap);
        break;
    }
}

void IdColumn::appendRepeated(uint32_t id, size_t count)
{
    if (id == 0) {
        appendZeros(count);
        return;
    }
    const size_t start = size();
    appendZeros(count);
    for (size_t r = start; r < start + count; ++r)
        set(r, id);
}

void IdColumn::set(size_t row, uint32_t id)
{
    const unsigned needed = widthFor(id);
    if (needed > m_width)
        widenTo(needed);
    switch (m_width) {
    case 1:
        m_bytes[row] = uint8_t(id);
        break;
    case 2: {
        const uint16_t v = uint16_t(id);
        std::memcpy(m_bytes.data() + row * 2, &v, 2);
        break;
    }
    default:
        std::memcpy(m_bytes.data() + row * 4, &id, 4);
        break;
    }
}

namespace {
// Copies `rows` ids of type From into a buffer of type To: one tight loop per pair of widths,
// so widening a column of millions of rows takes milliseconds, not a stall.
template <typename From, typename To> void widen(const uint8_t *in, uint8_t *out, size_t rows)
{
    for (size_t r = 0; r < rows; ++r) {
        From v;
        std::memcpy(&v, in + r * sizeof(From), sizeof(From));
        const To w = To(v);
        std::memcpy(out + r * sizeof(To), &w, sizeof(To));
    }
}
} // namespace

void IdColumn::widenTo(unsigned width)
{
    const size_t rows = size();
    std::vector<uint8_t> wider;
    wider.reserve(std::max(m_bytes.capacity() / m_width, rows) * width);
    wider.resize(rows * width);
    if (m_width == 1 && width == 2)
        widen<uint8_t, uint16_t>(m_bytes.data(), wider.data(), rows);
    else if (m_width == 1)
        widen<uint8_t, uint32_t>(m_bytes.data(), wider.data(), rows);
    else
        widen<uint16_t, uint32_t>(m_bytes.data(), wider.data(), rows);
    m_bytes.swap(wider);
    m_width = width;
}

void IdColumn::clear()
{
    m_bytes.clear();
    m_bytes.shrink_to_fit();
    m_width = 1;
}

IdColumn IdColumn::permuted(const std::vector<uint32_t> &order) const
{
    IdColumn result;
    result.m_width = m_width;
    result.m_bytes.resize(m_bytes.size());
    uint8_t *out = result.m_bytes.data();
    // A copy of a constant size per width: a variable-size memcpy per row costs a call each.
    const auto gather = [&](auto width) {
        constexpr size_t w = decltype(width)::value;
        for (size_t i = 0; i < order.size(); ++i)
            std::memcpy(out + i * w, m_bytes.data() + size_t(order[i]) * w, w);
    };
    if (m_width == 1)
        gather(std::integral_constant<size_t, 1>());
    else if (m_width == 2)
        gather(std::integral_constant<size_t, 2>());
    else
        gather(std::integral_constant<size_t, 4>());
    return result;
}
