#pragma once

#include <QString>
#include <QUrl>

#include <cstdint>
#include <optional>

// What the Requests table (IIS access-log rows) shows, exactly as the user typed it or a link
// set it. Texts work as the errors' filters do: the URL (the access log's cs-uri-stem) as the
// URL filter ("daily", "*.aspx", "re:^/api/", "!/health"), the client IP as the client filter
// ("10.1.*, 2001:db8::/32"), status, substatus and win32 status as value lists ("503, 500",
// "!200", "-" for none). Time-taken bounds are milliseconds, inclusive; a row without
// time-taken fails a bound. Times are UTC seconds, inclusive: when the request ended.
struct RequestFilterState
{
    QString url;
    QString clientIp;
    QString status;
    QString substatus;
    QString win32Status;
    std::optional<uint32_t> minTimeTakenMs;
    std::optional<uint32_t> maxTimeTakenMs;
    std::optional<int64_t> from;
    std::optional<int64_t> to;
    // A server's name, case ignored (LogFileSet::serverName); empty: every server.
    QString server;
    // Only requests that stalled or failed (RequestField::isStalledOrFailed) with this slow
    // threshold in seconds, as a spike's evidence counts them.
    std::optional<uint32_t> stalledOrFailedSeconds;

    bool isEmpty() const;
    // As a link for text that offers it ("httperr-requests:?from=…&to=…&url=…&win32=…"): the
    // Explanation panel's evidence numbers; RequestsController::openLink() follows one.
    QUrl toLink() const;
    // The state a toLink() link holds; none for any other link.
    static std::optional<RequestFilterState> fromLink(const QUrl &link);
    static QString linkScheme() { return QStringLiteral("httperr-requests"); }
    bool operator==(const RequestFilterState &other) const;
    bool operator!=(const RequestFilterState &other) const { return !(*this == other); }
};
