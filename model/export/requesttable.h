#pragma once

#include "logstore.h"
#include "requeststore.h"

// The rows of a RequestStore laid out as a LogStore: one text column per field the access logs
// named (numbers written as IIS wrote them, "-" for none), under the #Fields ids, in time
// order, with the same file set (servers, relative paths). So every export writer writes
// access-log rows as it writes httperr rows. Costs a copy of the rows: for exports only.
class RequestTable
{
public:
    static void fill(const RequestStore &requests, LogStore &out);
    // True when `store` holds access-log rows (a cs-uri-stem column and no s-reason).
    static bool holdsRequests(const LogStore &store);
};
