#include "stringpool.h"

#include <algorithm>

StringPool::StringPool()
{
    clear();
}

StringPool::StringPool(const StringPool &other)
    : m_offsets(other.m_offsets)
    , m_slots(other.m_slots)
    , m_mask(other.m_mask)
    , m_chain(other.m_chain)
{
    reserveArena(other.m_arenaSize);
    if (other.m_arenaSize > 0)
        std::memcpy(m_arena.get(), other.m_arena.get(), other.m_arenaSize);
    m_arenaSize = other.m_arenaSize;
}

StringPool &StringPool::operator=(const StringPool &other)
{
    if (this != &other)
        *this = StringPool(other);
    return *this;
}

void StringPool::clear()
{
    m_arena.reset();
    m_arenaSize = 0;
    m_arenaCapacity = 0;
    m_offsets.assign(2, 0); // the empty string, id 0
    m_chain = 0;
    m_slots.assign(64, 0);
    m_mask = m_slots.size() - 1;
}

void StringPool::reserve(size_t strings, size_t bytes)
{
    reserveArena(m_arenaSize + bytes);
    m_offsets.reserve(m_offsets.size() + strings);
    while (isCrowded(size() + strings))
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
    const auto h = uint32_t(hash(text));
    for (uint64_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const uint64_t slot = m_slots[i];
        if (slot == 0)
            return -1;
        if (uint32_t(slot >> 32) == h && view(uint32_t(slot) - 1) == text)
            return int64_t(uint32_t(slot) - 1);
    }
}

uint32_t StringPool::add(std::string_view text, uint32_t h, uint64_t slot)
{
    if (m_arenaSize + text.size() > m_arenaCapacity) {
        // Grow by half: big pools (URLs) waste less than by doubling.
        reserveArena(
            std::max(m_arenaCapacity + m_arenaCapacity / 2, m_arenaSize + text.size() + 256));
    }
    std::memcpy(m_arena.get() + m_arenaSize, text.data(), text.size());
    m_arenaSize += text.size();
    const uint32_t id = size();
    m_offsets.push_back(m_arenaSize);
    m_chain = mix(m_chain ^ h, 0x9e3779b97f4a7c15ull + text.size());
    m_slots[slot] = uint64_t(h) << 32 | (id + 1);
    if (isCrowded(size()))
        grow();
    return id;
}

void StringPool::grow()
{
    // The slots keep each string's hash, so moving them needs no string.
    std::vector<uint64_t> old(m_slots.size() * 2, 0);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    for (const uint64_t slot : old) {
        if (slot == 0)
            continue;
        uint64_t i = (slot >> 32) & m_mask;
        while (m_slots[i] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
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
    return m_arenaCapacity + m_offsets.capacity() * sizeof(uint64_t)
           + m_slots.capacity() * sizeof(uint64_t);
}
