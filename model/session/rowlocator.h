#pragma once

#include <cstdint>
#include <optional>

class LogFilterModel;

// Finds rows of the table (the filter model's display rows) by time, whatever column the
// table is sorted by: what the spike list and Go to time move the table to. A scan of the
// passing rows: fine for a click, not for a loop.
class RowLocator
{
public:
    // The display row of the earliest passing row with a time in [from, to] (and reason id
    // `reason`, when given); among rows of the same second the one shown first. -1 when none.
    static int earliest(const LogFilterModel &model, int64_t from, int64_t to,
                        std::optional<uint32_t> reason = std::nullopt);
};
