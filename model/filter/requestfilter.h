#pragma once

#include "clientipcriterion.h"
#include "numberlistcriterion.h"
#include "requestfilterstate.h"
#include "requeststore.h"
#include "urlcriterion.h"

#include <QStringList>

#include <vector>

// A RequestFilterState compiled for one RequestStore: text criteria decide once per interned
// value, number lists once per small number, so testing a row is a few lookups. Rebuild it
// when the store is replaced (its ids start over).
class RequestFilter
{
public:
    explicit RequestFilter(const RequestFilterState &state = {});

    const RequestFilterState &state() const { return m_state; }
    bool isEmpty() const { return m_state.isEmpty(); }
    // Why a criterion's text cannot be used (an invalid expression...); such a criterion
    // filters nothing.
    QStringList errors() const;

    // Appends to `out` the rows first .. last - 1 of `store` that pass. Decides the values the
    // store interned since the last call first.
    void collect(const RequestStore &store, size_t first, size_t last, std::vector<uint32_t> &out);

private:
    bool accepts(const RequestStore &store, size_t row) const;
    // The rows of first .. last - 1 inside the time bounds, by binary search on ordered rows.
    void narrowByTime(const RequestStore &store, size_t &first, size_t &last) const;

    RequestFilterState m_state;
    UrlCriterion m_url;
    ClientIpCriterion m_clientIp;
    NumberListCriterion m_status;
    NumberListCriterion m_substatus;
    NumberListCriterion m_win32;
    std::vector<uint8_t> m_servers; // per server id: 1 when its rows pass (with a server set)
};
