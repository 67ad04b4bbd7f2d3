#include "timeorder.h"

#include <algorithm>
#include <numeric>

std::vector<uint32_t> TimeOrder::stable(const std::vector<int64_t> &times)
{
    // Rows arrive file after file, each file in time order, so the store is a few ascending
    // runs (one per server in a web farm's bundle). Merging neighbouring runs pass after pass
    // sorts in O(n log runs): linear for two servers, where a sort of all rows is O(n log n).
    // std::merge takes from the earlier run on equal times, so the order is stable.
    const size_t n = times.size();
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::vector<size_t> bounds{0};
    for (size_t i = 1; i < n; ++i) {
        if (times[i] < times[i - 1])
            bounds.push_back(i);
    }
    bounds.push_back(n);
    const auto earlier = [&times](uint32_t a, uint32_t b) { return times[a] < times[b]; };
    std::vector<uint32_t> merged(n);
    while (bounds.size() > 2) {
        std::vector<size_t> next{0};
        for (size_t k = 0; k + 1 < bounds.size(); k += 2) {
            const auto begin = order.begin() + long(bounds[k]);
            const auto middle = order.begin() + long(bounds[k + 1]);
            if (k + 2 < bounds.size()) {
                const auto end = order.begin() + long(bounds[k + 2]);
                std::merge(begin, middle, middle, end, merged.begin() + long(bounds[k]), earlier);
                next.push_back(bounds[k + 2]);
            } else {
                std::copy(begin, middle, merged.begin() + long(bounds[k]));
                next.push_back(bounds[k + 1]);
            }
        }
        order.swap(merged);
        bounds.swap(next);
    }
    return order;
}
