#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

// Interns byte strings into dense 32-bit ids. Id 0 is reserved for the empty value
// (a field that was exactly "-"), so a zero-filled column means "no value".
// Not thread-safe: each parser chunk owns one pool, the store owns the global ones.
class StringPool
{
public:
    static constexpr uint32_t EmptyId = 0;

    StringPool();

    // Returns the id of `text`, adding it if it is new. "-" and "" map to EmptyId.
    uint32_t intern(std::string_view text);
    // Returns the id of `text` or -1 if it was never interned.
    int64_t find(std::string_view text) const;

    std::string_view view(uint32_t id) const
    {
        const Entry &e = m_entries[id];
        return {m_arena.data() + e.offset, e.length};
    }
    uint32_t size() const { return uint32_t(m_entries.size()); }
    // Bytes held by the pool itself (arena, entries and hash slots).
    size_t memoryBytes() const;
    void clear();

    static uint64_t hash(std::string_view text);

private:
    struct Entry
    {
        uint64_t offset;
        uint32_t length;
        uint32_t hashLow;
    };

    void grow();
    uint32_t add(std::string_view text, uint64_t h);

    std::vector<char> m_arena;
    std::vector<Entry> m_entries;
    std::vector<uint32_t> m_slots; // 0 = free, otherwise id + 1
    uint64_t m_mask = 0;
};
