#include "requestfilter.h"

#include <algorithm>

using Text = RequestField::Text;
using Number = RequestField::Number;

RequestFilter::RequestFilter(const RequestFilterState &state)
    : m_state(state)
    , m_url(state.url)
    , m_clientIp(state.clientIp)
    , m_status(state.status)
    , m_substatus(state.substatus)
    , m_win32(state.win32Status)
{}

QStringList RequestFilter::errors() const
{
    QStringList out;
    for (const FilterCriterion *c : {static_cast<const FilterCriterion *>(&m_url),
                                     static_cast<const FilterCriterion *>(&m_clientIp)}) {
        if (!c->error().isEmpty())
            out << c->error();
    }
    return out;
}

void RequestFilter::collect(const RequestStore &store, size_t first, size_t last,
                            std::vector<uint32_t> &out)
{
    if (m_url.isActive())
        m_url.extend(store.pool(Text::UriStem));
    if (m_clientIp.isActive())
        m_clientIp.extend(store.pool(Text::ClientIp));
    if (!m_state.server.trimmed().isEmpty()) {
        const LogFileSet &files = store.fileSet();
        m_servers.assign(size_t(std::max(files.serverCount(), 1)), 0);
        for (int s = 0; s < files.serverCount(); ++s)
            m_servers[size_t(s)] =
                files.serverName(uint32_t(s)).compare(m_state.server.trimmed(), Qt::CaseInsensitive)
                == 0;
    }
    narrowByTime(store, first, last);
    for (size_t row = first; row < last; ++row) {
        if (accepts(store, row))
            out.push_back(uint32_t(row));
    }
}

void RequestFilter::narrowByTime(const RequestStore &store, size_t &first, size_t &last) const
{
    if (!store.isTimeOrdered() || last <= first)
        return;
    const auto begin = store.times().begin();
    if (m_state.from)
        first = std::max(first, size_t(std::lower_bound(begin + std::ptrdiff_t(first),
                                                        begin + std::ptrdiff_t(last), *m_state.from)
                                       - begin));
    if (m_state.to && first < last)
        last = std::min(last, size_t(std::upper_bound(begin + std::ptrdiff_t(first),
                                                      begin + std::ptrdiff_t(last), *m_state.to)
                                     - begin));
    last = std::max(first, last);
}

bool RequestFilter::accepts(const RequestStore &store, size_t row) const
{
    const int64_t time = store.time(row);
    if ((m_state.from && time < *m_state.from) || (m_state.to && time > *m_state.to))
        return false;
    if (m_state.minTimeTakenMs || m_state.maxTimeTakenMs) {
        const uint32_t taken = store.number(Number::TimeTaken, row);
        if (taken == RequestField::NoNumber)
            return false;
        if ((m_state.minTimeTakenMs && taken < *m_state.minTimeTakenMs)
            || (m_state.maxTimeTakenMs && taken > *m_state.maxTimeTakenMs))
            return false;
    }
    if (m_state.stalledOrFailedSeconds
        && !RequestField::isStalledOrFailed(
            store.number(Number::Status, row), store.number(Number::Win32Status, row),
            store.number(Number::TimeTaken, row), *m_state.stalledOrFailedSeconds))
        return false;
    if (!m_servers.empty()) {
        const uint32_t server = store.serverOf(row);
        if (server >= m_servers.size() || m_servers[server] == 0)
            return false;
    }
    if (m_status.isActive() && !m_status.acceptsNumber(store.number(Number::Status, row)))
        return false;
    if (m_substatus.isActive() && !m_substatus.acceptsNumber(store.number(Number::Substatus, row)))
        return false;
    if (m_win32.isActive() && !m_win32.acceptsNumber(store.number(Number::Win32Status, row)))
        return false;
    if (m_url.isActive() && !m_url.accepts(store.pool(Text::UriStem), store.id(Text::UriStem, row)))
        return false;
    return !m_clientIp.isActive()
           || m_clientIp.accepts(store.pool(Text::ClientIp), store.id(Text::ClientIp, row));
}
