#pragma once

#include "stringpool.h"

#include <string_view>
#include <vector>

// Finds pool ids of small decimal numbers (client ports above all: nearly one new value per
// row) through a table indexed by the number instead of hashing. Merging a batch into a big
// pool otherwise costs a few cache misses per distinct value. Gives exactly the ids
// StringPool::intern() gives; other texts go to intern().
class NumberIdCache
{
public:
    uint32_t intern(StringPool &pool, std::string_view text)
    {
        const int number = smallNumber(text);
        if (number < 0 || m_ids.empty()) {
            const uint32_t id = pool.intern(text);
            // Worth a table once the pool is big: small pools stay in the cache anyway.
            if (number >= 0 && pool.size() > MinPoolSize)
                m_ids.assign(size_t(MaxNumber) + 1, 0);
            return id;
        }
        uint32_t &slot = m_ids[size_t(number)];
        if (slot == 0)
            slot = pool.intern(text) + 1;
        return slot - 1;
    }
    size_t memoryBytes() const { return m_ids.capacity() * sizeof(uint32_t); }

private:
    static constexpr int MaxNumber = 65535;
    static constexpr uint32_t MinPoolSize = 4096;

    // 0..65535 written the one way intern() would meet it again (no sign, no leading zero),
    // else -1.
    static int smallNumber(std::string_view text)
    {
        if (text.empty() || text.size() > 5 || (text[0] == '0' && text.size() > 1))
            return -1;
        int value = 0;
        for (const char c : text) {
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value <= MaxNumber ? value : -1;
    }

    std::vector<uint32_t> m_ids; // number -> id + 1, 0 = not seen yet
};
