#include "stringpool.h"

#include <algorithm>

StringPool::StringPool()
{
    clear();
}

void StringPool::clear()
{
    m_arena.reset();
    m_arenaSize = 0;
    m_arenaCapacity = 0;
    m_entries.clear();
    m_entries.push_back({0, 0, 0});
    m_slots.assign(64, 0);
    m_mask = m_slots.size() - 1;
}

void StringPool::reserve(size_t strings, size_t bytes)
{
    reserveArena(m_arenaSize + bytes);
    m_entries.reserve(m_entries.size() + strings);
    while ((m_entries.size() + strings) * 2 > m_slots.size())
        grow();
}

uint64_t StringPool::hashLong(const char *p, size_t n)
{
    uint64_t h = 0x8ebc6af09c88c6e3ull ^ n;
    const char *end = p + n;
    while (end - p > 16) {
        h = mix(load8(p) ^ 0xa0761d6478bd642full, load8(p + 8) ^ h);
        p += 16;
    }
    return mix(load8(end - 16) ^ 0xe7037ed1a0b428dbull, load8(end - 8) ^ h);
}

int64_t StringPool::find(std::string_view text) const
{
    if (text.empty() || text == "-")
        return EmptyId;
    const uint32_t h = uint32_t(hash(text));
    for (uint64_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const uint64_t slot = m_slots[i];
        if (slot == 0)
            return -1;
        if (uint32_t(slot >> 32) == h) {
            const uint32_t id = uint32_t(slot) - 1;
            if (view(id) == text)
                return id;
        }
    }
}

uint32_t StringPool::add(std::string_view text, uint32_t h, uint64_t slot)
{
    const uint64_t offset = m_arenaSize;
    if (m_arenaSize + text.size() > m_arenaCapacity)
        reserveArena(std::max<size_t>(2 * m_arenaCapacity, m_arenaSize + text.size() + 256));
    std::memcpy(m_arena.get() + m_arenaSize, text.data(), text.size());
    m_arenaSize += text.size();
    const auto id = uint32_t(m_entries.size());
    m_entries.push_back({offset, uint32_t(text.size()), h});
    m_slots[slot] = uint64_t(h) << 32 | (id + 1);
    // At most half full: probe runs stay short.
    if (m_entries.size() * 2 > m_slots.size())
        grow();
    return id;
}

void StringPool::grow()
{
    m_slots.assign(m_slots.size() * 2, 0);
    m_mask = m_slots.size() - 1;
    for (uint32_t id = 1; id < m_entries.size(); ++id) {
        const uint32_t h = m_entries[id].hash;
        uint64_t i = h & m_mask;
        while (m_slots[i] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = uint64_t(h) << 32 | (id + 1);
    }
}

void StringPool::reserveArena(size_t bytes)
{
    if (bytes <= m_arenaCapacity)
        return;
    std::unique_ptr<char[]> bigger(new char[bytes]);
    if (m_arenaSize > 0)
        std::memcpy(bigger.get(), m_arena.get(), m_arenaSize);
    m_arena = std::move(bigger);
    m_arenaCapacity = bytes;
}

size_t StringPool::memoryBytes() const
{
    return m_arenaCapacity + m_entries.capacity() * sizeof(Entry)
           + m_slots.capacity() * sizeof(uint64_t);
}
