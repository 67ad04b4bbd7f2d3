#include "filtercriterion.h"

#include <algorithm>

void IdCriterion::extend(const StringPool &pool)
{
    const uint32_t size = pool.size();
    if (m_table.size() > size)
        m_table.clear(); // the pool was cleared behind our back: start over
    m_table.reserve(size);
    for (uint32_t id = uint32_t(m_table.size()); id < size; ++id) {
        const std::string_view text = id == StringPool::EmptyId ? "-" : pool.view(id);
        m_table.push_back(matches(text) ? 1 : 0);
    }
}

bool IdCriterion::containsFolded(std::string_view haystack, std::string_view foldedNeedle)
{
    if (foldedNeedle.size() > haystack.size())
        return false;
    const auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    return std::search(haystack.begin(), haystack.end(), foldedNeedle.begin(), foldedNeedle.end(),
                       [&fold](char a, char b) { return fold(a) == b; })
           != haystack.end();
}

std::string IdCriterion::foldCase(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}
