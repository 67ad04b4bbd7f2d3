#pragma once

#include "logfield.h"
#include "stringpool.h"

#include <cstdint>
#include <vector>

// Sort order of a text column's values, worked out once per distinct value: numbers compare
// numerically, addresses as addresses (IPv4 before IPv6, IPv4-mapped with IPv4), other text
// ignoring ASCII case. The empty value ("-") comes first, text that is not a number or an
// address after the values that are.
namespace SortKeys {
// rank[id] for every id of `pool`: comparing ranks compares the values.
std::vector<uint32_t> rank(const StringPool &pool, LogField field);
} // namespace SortKeys
