#include "stringpool.h"

#include <cstring>

StringPool::StringPool()
{
    clear();
}

void StringPool::clear()
{
    m_arena.clear();
    m_entries.clear();
    m_entries.push_back({0, 0, 0});
    m_slots.assign(64, 0);
    m_mask = m_slots.size() - 1;
}

uint64_t StringPool::hash(std::string_view text)
{
    // FNV-1a over 8-byte words, then a final mix: fast on short log tokens and good enough
    // for an open-addressing table that re-checks the bytes on a hit.
    uint64_t h = 0xcbf29ce484222325ull ^ text.size();
    const char *p = text.data();
    size_t n = text.size();
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0x100000001b3ull;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    h = (h ^ tail) * 0x9e3779b97f4a7c15ull;
    return h ^ (h >> 32);
}

int64_t StringPool::find(std::string_view text) const
{
    if (text.empty() || text == "-")
        return EmptyId;
    const uint64_t h = hash(text);
    for (uint64_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const uint32_t slot = m_slots[i];
        if (slot == 0)
            return -1;
        const Entry &e = m_entries[slot - 1];
        if (e.hashLow == uint32_t(h) && e.length == text.size()
            && std::memcmp(m_arena.data() + e.offset, text.data(), text.size()) == 0)
            return slot - 1;
    }
}

uint32_t StringPool::intern(std::string_view text)
{
    if (text.size() <= 1 && (text.empty() || text[0] == '-'))
        return EmptyId;
    const uint64_t h = hash(text);
    for (uint64_t i = h & m_mask;; i = (i + 1) & m_mask) {
        const uint32_t slot = m_slots[i];
        if (slot == 0) {
            const uint32_t id = add(text, h);
            m_slots[i] = id + 1;
            if (m_entries.size() * 2 > m_slots.size())
                grow();
            return id;
        }
        const Entry &e = m_entries[slot - 1];
        if (e.hashLow == uint32_t(h) && e.length == text.size()
            && std::memcmp(m_arena.data() + e.offset, text.data(), text.size()) == 0)
            return slot - 1;
    }
}

uint32_t StringPool::add(std::string_view text, uint64_t h)
{
    const uint64_t offset = m_arena.size();
    m_arena.insert(m_arena.end(), text.begin(), text.end());
    m_entries.push_back({offset, uint32_t(text.size()), uint32_t(h)});
    return uint32_t(m_entries.size() - 1);
}

void StringPool::grow()
{
    m_slots.assign(m_slots.size() * 2, 0);
    m_mask = m_slots.size() - 1;
    for (uint32_t id = 1; id < m_entries.size(); ++id) {
        uint64_t i = m_entries[id].hashLow & m_mask;
        while (m_slots[i] != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = id + 1;
    }
}

size_t StringPool::memoryBytes() const
{
    return m_arena.capacity() + m_entries.capacity() * sizeof(Entry)
           + m_slots.capacity() * sizeof(uint32_t);
}
