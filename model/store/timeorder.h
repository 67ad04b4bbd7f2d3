#pragma once

#include <cstdint>
#include <vector>

// The order that sorts rows by time, stably (rows with equal times keep their order). Shared by
// the stores of both kinds of log.
class TimeOrder
{
public:
    // order[i] is the row that belongs at i.
    static std::vector<uint32_t> stable(const std::vector<int64_t> &times);
};
