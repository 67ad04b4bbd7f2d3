#pragma once

#include "valuelistcriterion.h"

#include <vector>

// A value list ("503, 500", "!200", "-") over a column kept as numbers (the access log's
// status, substatus, win32 status). The answers for small numbers are worked out once, so a
// row costs one lookup.
class NumberListCriterion : public ValueListCriterion
{
public:
    explicit NumberListCriterion(const QString &spec);

    // `number` is RequestField::NoNumber for a row without a value.
    bool acceptsNumber(uint32_t number) const
    {
        if (number < m_small.size())
            return m_small[number] != 0;
        return decide(number);
    }

private:
    bool decide(uint32_t number) const;

    std::vector<uint8_t> m_small; // the answer for 0 .. 4095
};
