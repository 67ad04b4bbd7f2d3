#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#if defined(__GNUC__)
#define HTTPERR_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define HTTPERR_ALWAYS_INLINE inline
#endif

// Asks the CPU to load the cache line at `address` before it is read (a hint only).
inline void prefetchMemory(const void *address)
{
#if defined(__GNUC__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}

// Interns byte strings into dense 32-bit ids. Id 0 is reserved for the empty value
// (a field that was exactly "-"), so a zero-filled column means "no value".
// Not thread-safe: each parser chunk owns one pool, the store owns the global ones.
// intern() is inline: the parser calls it for every field of every line.
class StringPool
{
public:
    static constexpr uint32_t EmptyId = 0;

    StringPool();
    StringPool(const StringPool &other);
    StringPool &operator=(const StringPool &other);
    StringPool(StringPool &&other) noexcept = default;
    StringPool &operator=(StringPool &&other) noexcept = default;
    ~StringPool() = default;

    // Returns the id of `text`, adding it if it is new. "-" and "" map to EmptyId.
    HTTPERR_ALWAYS_INLINE uint32_t intern(std::string_view text)
    {
        if (text.size() <= 1 && (text.empty() || text[0] == '-'))
            return EmptyId;
        const auto h = uint32_t(hash(text));
        for (uint64_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const uint64_t slot = m_slots[i];
            if (slot == 0)
                return add(text, h, i);
            if (uint32_t(slot >> 32) == h) {
                const uint32_t id = uint32_t(slot) - 1;
                const uint64_t offset = m_offsets[id];
                if (m_offsets[id + 1] - offset == text.size()
                    && equal(m_arena.get() + offset, text.data(), text.size()))
                    return id;
            }
        }
    }
    // Returns the id of `text` or -1 if it was never interned.
    int64_t find(std::string_view text) const;

    std::string_view view(uint32_t id) const
    {
        const uint64_t offset = m_offsets[id];
        return {m_arena.get() + offset, size_t(m_offsets[id + 1] - offset)};
    }
    // Asks the CPU to fetch where the string `id` starts before a view() needs it: an export
    // meets the ids of a URL column in random order, and waiting for memory is most of its time.
    void prefetch(uint32_t id) const { prefetchMemory(m_offsets.data() + id); }
    uint32_t size() const { return uint32_t(m_offsets.size() - 1); }
    // A fingerprint of every string added so far, in order: two pools with the same chain()
    // hold the same strings under the same ids.
    uint64_t chain() const { return m_chain; }
    // Bytes held by the pool itself (arena, offsets and hash slots).
    size_t memoryBytes() const;
    void clear();
    // Makes room for `strings` more strings of about `bytes` in all without growing.
    void reserve(size_t strings, size_t bytes);

    // A fast hash for short tokens (wyhash-style multiply-fold); reads only inside `text`.
    static uint64_t hash(std::string_view text)
    {
        const char *p = text.data();
        const size_t n = text.size();
        uint64_t a = 0;
        uint64_t b = 0;
        if (n >= 8) {
            if (n > 16)
                return hashLong(p, n);
            a = load8(p);
            b = load8(p + n - 8);
        } else if (n >= 4) {
            a = load4(p);
            b = load4(p + n - 4);
        } else if (n > 0) {
            a = uint64_t(uint8_t(p[0])) << 16 | uint64_t(uint8_t(p[n >> 1])) << 8
                | uint8_t(p[n - 1]);
        }
        return mix(a ^ 0xa0761d6478bd642full, b ^ 0xe7037ed1a0b428dbull ^ n);
    }

private:
    static uint64_t load8(const char *p)
    {
        uint64_t v;
        std::memcpy(&v, p, 8);
        return v;
    }
    static uint64_t load4(const char *p)
    {
        uint32_t v;
        std::memcpy(&v, p, 4);
        return v;
    }
    static uint64_t mix(uint64_t a, uint64_t b)
    {
#ifdef __SIZEOF_INT128__
        const __uint128_t r = static_cast<__uint128_t>(a) * b;
        return uint64_t(r) ^ uint64_t(r >> 64);
#else
        const uint64_t r = a * (b | 1);
        return r ^ (r >> 29) ^ (b * 0x9e3779b97f4a7c15ull);
#endif
    }
    static uint64_t hashLong(const char *p, size_t n);
    // Compares two strings of the same length; up to 32 bytes without a call to memcmp.
    static bool equal(const char *a, const char *b, size_t n)
    {
        if (n >= 8 && n <= 16)
            return load8(a) == load8(b) && load8(a + n - 8) == load8(b + n - 8);
        if (n > 16 && n <= 32)
            return load8(a) == load8(b) && load8(a + 8) == load8(b + 8)
                   && load8(a + n - 16) == load8(b + n - 16)
                   && load8(a + n - 8) == load8(b + n - 8);
        if (n >= 4 && n < 8)
            return load4(a) == load4(b) && load4(a + n - 4) == load4(b + n - 4);
        if (n < 4) {
            for (size_t i = 0; i < n; ++i) {
                if (a[i] != b[i])
                    return false;
            }
            return true;
        }
        return std::memcmp(a, b, n) == 0;
    }

    uint32_t add(std::string_view text, uint32_t h, uint64_t slot);
    void grow();
    void reserveArena(size_t bytes);
    // The slots fill up to 5/8 before they double: probes stay short, memory stays low.
    bool isCrowded(size_t strings) const
    {
        return strings * 8 > m_slots.size() * 5;
    }

    // The bytes of all strings, back to back (a plain buffer: appending needs no zero-fill).
    std::unique_ptr<char[]> m_arena;
    size_t m_arenaSize = 0;
    size_t m_arenaCapacity = 0;
    // Where string `id` starts in the arena; it ends where string id + 1 starts.
    std::vector<uint64_t> m_offsets;
    std::vector<uint64_t> m_slots; // 0 = free, otherwise hash << 32 | (id + 1)
    uint64_t m_mask = 0;
    uint64_t m_chain = 0;
};
