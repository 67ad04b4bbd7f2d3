#pragma once

#include "logstore.h"
#include "requestfilterstate.h"

#include <optional>

// The access-log requests that may be the httperr row's own: from the same client IP to the
// same URL (httperr's cs-uri without its query, as IIS logs cs-uri-stem; case ignored, as IIS
// ignores it) that ended within `reachSeconds` either side of the row's time, on the row's
// server when the httperr rows come from two or more (a single server's files may sit in
// folders other than its access logs', which would name it otherwise).
namespace RelatedRequests {
constexpr int64_t DefaultReachSeconds = 120;
// None when the row has no client IP or no URL to match by.
std::optional<RequestFilterState> filterFor(const LogStore &store, size_t row,
                                            int64_t reachSeconds = DefaultReachSeconds);
// The URL filter text that matches exactly `stem`, ignoring case: "re:^/a\.aspx$".
QString exactUrl(const QString &stem);
} // namespace RelatedRequests
