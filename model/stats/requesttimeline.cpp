#include "requesttimeline.h"

#include "requeststore.h"
#include "spikeevidence.h"

#include <algorithm>

void RequestTimeline::reset(const RequestStore *store, uint32_t slowSeconds)
{
    m_slowSeconds = slowSeconds;
    m_failedBefore.clear();
    m_times = store ? &store->times() : nullptr;
    if (!store)
        return;
    using Number = RequestField::Number;
    const std::vector<uint32_t> &status = store->numbers(Number::Status);
    const std::vector<uint32_t> &win32 = store->numbers(Number::Win32Status);
    const std::vector<uint32_t> &taken = store->numbers(Number::TimeTaken);
    const size_t rows = store->rowCount();
    m_failedBefore.resize(rows + 1);
    uint32_t failed = 0;
    for (size_t r = 0; r < rows; ++r) {
        m_failedBefore[r] = failed;
        failed += SpikeEvidence::isStalledOrFailed(status[r], win32[r], taken[r], slowSeconds);
    }
    m_failedBefore[rows] = failed;
}

size_t RequestTimeline::indexOf(int64_t t) const
{
    return size_t(std::lower_bound(m_times->begin(), m_times->end(), t) - m_times->begin());
}

uint64_t RequestTimeline::total(int64_t from, int64_t to) const
{
    if (isEmpty() || to <= from)
        return 0;
    return indexOf(to) - indexOf(from);
}

uint64_t RequestTimeline::failed(int64_t from, int64_t to) const
{
    if (isEmpty() || to <= from)
        return 0;
    return m_failedBefore[indexOf(to)] - m_failedBefore[indexOf(from)];
}
