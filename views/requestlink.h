#pragma once

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

// What a number of a spike's access-log evidence stands for, as a link of the Explanation
// panel ("requests:win32:1773133200-1773133259:64"): the requests that ended in the window
// [from, to], all of them or those that took the slow threshold or longer, those to one URL
// among the slow ones, those with one win32 status or one status (with "503.2": substatus), or
// those that stalled or failed (slow, a network error or a 5xx: RequestField::isStalledOrFailed).
// Clicking it filters the Requests table to just those.
struct RequestLink
{
    enum class Kind : uint8_t { All, Slow, SlowUrl, Win32, Status, Failed };

    Kind kind = Kind::All;
    int64_t from = 0; // UTC seconds, inclusive
    int64_t to = 0;
    QString value; // the URL, the win32 status, "503" or "503.2"; empty otherwise

    QString toUrl() const;
    // The link read back; none when `url` is not one.
    static std::optional<RequestLink> parse(const QString &url);
    bool operator==(const RequestLink &other) const;
};

Q_DECLARE_METATYPE(RequestLink)
