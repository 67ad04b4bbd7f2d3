#pragma once

#include "filtercriterion.h"

#include <optional>

// A time span in UTC seconds, both ends inclusive, either end open. A span whose start is
// after its end is an error (it would hide everything by mistake).
class TimeRangeCriterion : public FilterCriterion
{
public:
    TimeRangeCriterion(std::optional<int64_t> from, std::optional<int64_t> to);

    int64_t from() const { return m_from; }
    int64_t to() const { return m_to; }
    bool contains(int64_t time) const { return time >= m_from && time <= m_to; }

private:
    int64_t m_from;
    int64_t m_to;
};
