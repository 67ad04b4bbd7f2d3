#pragma once

// Generated pairs of logs of one server: an IIS access log (u_ex…) and the httperr log beside
// it, for the access-log tests. Normal traffic (one request every `normalEvery` seconds, quick
// and successful but for a 404 now and then, and an idle-connection timeout in httperr now and
// then) plus stalls: requests to one URL that took over two minutes and ended with a network
// error (win32 64 or 1236) in the access log, while HTTP.sys logged Connection_Dropped rows
// over the same seconds. Everything is deterministic, so a test states exact counts.

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace AccessLogPair {

// 2026-03-10T00:00:00Z
constexpr int64_t Day0 = 1773100800;

struct Stall
{
    int64_t start = 0; // the first stalled request ends here (UTC seconds)...
    int seconds = 60;  // ...and the others evenly over this many seconds
    std::string url = "/reports/daily.aspx";
    int requests = 0;              // stalled requests in the access log
    uint32_t win32 = 64;           // how they ended
    uint32_t timeTakenMs = 125000; // how long each took
    int dropped = 0;               // Connection_Dropped rows in httperr over the same seconds
    uint32_t status = 200;
};

struct Scenario
{
    int64_t from = Day0 + 8 * 3600; // the first normal request ends here
    int64_t to = Day0 + 11 * 3600;  // no normal request ends at or after this
    int normalEvery = 10;           // seconds between normal requests
    int idleEvery = 60;             // seconds between Timer_ConnectionIdle rows in httperr
    bool hourlyHeaders = true;      // a new header block each hour, as a recycled pool writes
    std::vector<Stall> stalls;
};

struct Line
{
    int64_t time;
    std::string text; // the fields after date and time
};

inline std::string stamp(int64_t t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        .toStdString();
}

// The normal requests: url, status, win32, time-taken in ms of request k.
inline std::string normalRequest(int64_t k)
{
    static const char *urls[] = {"/home.aspx", "/api/items", "/img/logo.png"};
    const bool missing = k % 50 == 49;
    const std::string url = missing ? "/old/page.htm" : urls[k % 3];
    const std::string status = missing ? "404 0 2" : "200 0 0";
    const int ms = 15 + int((k * 37) % 400);
    return "10.0.0.10 GET " + url + " - 443 - 192.168.1." + std::to_string(1 + k % 20)
           + " Mozilla/5.0+(Windows+NT+10.0) - " + status + " " + std::to_string(ms);
}

inline std::vector<Line> sorted(std::vector<Line> lines)
{
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.time < b.time; });
    return lines;
}

// When stalled request (or dropped row) i of n ends.
inline int64_t stallTime(const Stall &s, int i, int n)
{
    return s.start + int64_t(i) * s.seconds / std::max(n, 1);
}

inline QByteArray accessLog(const Scenario &scenario)
{
    std::vector<Line> lines;
    int64_t k = 0;
    for (int64_t t = scenario.from; t < scenario.to; t += scenario.normalEvery)
        lines.push_back({t, normalRequest(k++)});
    for (const Stall &s : scenario.stalls) {
        for (int i = 0; i < s.requests; ++i) {
            lines.push_back({stallTime(s, i, s.requests),
                             "10.0.0.10 POST " + s.url + " id=" + std::to_string(i)
                                 + " 443 CONTOSO\\user 192.168.2." + std::to_string(1 + i % 30)
                                 + " Mozilla/5.0+(Windows+NT+10.0) - " + std::to_string(s.status)
                                 + " 0 " + std::to_string(s.win32) + " "
                                 + std::to_string(s.timeTakenMs)});
        }
    }
    QByteArray out;
    int64_t hour = -1;
    for (const Line &line : sorted(std::move(lines))) {
        if (hour < 0 || (scenario.hourlyHeaders && line.time / 3600 != hour)) {
            hour = line.time / 3600;
            out += "#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n"
                   "#Date: "
                   + QByteArray::fromStdString(stamp(line.time))
                   + "\r\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                     "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
                     "sc-win32-status time-taken\r\n";
        }
        out += QByteArray::fromStdString(stamp(line.time) + " " + line.text + "\r\n");
    }
    return out;
}

inline QByteArray httpErrLog(const Scenario &scenario)
{
    std::vector<Line> lines;
    for (int64_t t = scenario.from; t < scenario.to; t += scenario.idleEvery)
        lines.push_back({t, "192.168.1.7 50000 10.0.0.10 443 - - - - - Timer_ConnectionIdle -"});
    for (const Stall &s : scenario.stalls) {
        for (int i = 0; i < s.dropped; ++i) {
            lines.push_back(
                {stallTime(s, i, s.dropped), "192.168.2." + std::to_string(1 + i % 30)
                                                 + " 50001 10.0.0.10 443 HTTP/1.1 POST " + s.url
                                                 + " - - Connection_Dropped DefaultAppPool"});
        }
    }
    QByteArray out = "#Software: Microsoft HTTP API 2.0\r\n#Version: 1.0\r\n#Date: "
                     + QByteArray::fromStdString(stamp(scenario.from))
                     + "\r\n#Fields: date time c-ip c-port s-ip s-port cs-version cs-method "
                       "cs-uri sc-status s-siteid s-reason s-queuename\r\n";
    for (const Line &line : sorted(std::move(lines)))
        out += QByteArray::fromStdString(stamp(line.time) + " " + line.text + "\r\n");
    return out;
}

} // namespace AccessLogPair
