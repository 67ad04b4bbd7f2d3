#include "loggenerator.h"

#include <QFile>

#include <array>
#include <cstdio>
#include <string_view>

namespace {
constexpr std::array<int, 5> LayoutCycle{13, 14, 16, 18, 12};

struct Reason
{
    std::string_view name;
    std::string_view status;
    bool connectionLevel; // request fields are "-" for these
    uint32_t weight;
};

// Weights follow what support bundles usually hold: idle time-outs and dropped connections
// dominate, parse errors come in bursts from scanners.
constexpr Reason Reasons[] = {
    {"Timer_ConnectionIdle", "-", true, 380},
    {"Connection_Dropped", "-", false, 110},
    {"Client_Reset", "-", true, 60},
    {"Timer_MinBytesPerSecond", "-", true, 50},
    {"Connection_Abandoned_By_ReqQueue", "-", false, 50},
    {"Request_Cancelled", "-", false, 40},
    {"BadRequest", "400", false, 60},
    {"QueueFull", "503", false, 40},
    {"Hostname", "400", false, 30},
    {"Timer_EntityBody", "-", false, 30},
    {"Forbidden", "400", false, 25},
    {"N/A", "503", false, 25},
    {"URL", "400", false, 20},
    {"Header", "400", false, 15},
    {"Verb", "400", false, 10},
    {"RequestLength", "400", false, 10},
    {"FieldLength", "400", false, 10},
    {"AppOffline", "503", false, 10},
    {"Timer_AppPool", "-", false, 10},
    {"Connection_Dropped_List_Full", "-", true, 5},
};
constexpr std::string_view BurstReasons[] = {"BadRequest", "Forbidden", "Hostname", "URL"};
constexpr std::string_view Queues[] = {"DefaultAppPool", "DefaultAppPool", "ShopApi", "Intranet"};
constexpr std::string_view ServerIps[] = {"10.0.0.5", "10.0.0.6", "192.168.40.10", "::1%0"};
constexpr std::string_view Methods[] = {"GET", "GET",  "GET",  "GET",  "GET",
                                        "GET", "POST", "POST", "HEAD", "OPTIONS"};
constexpr std::string_view Paths[] = {"/",
                                      "/index.html",
                                      "/api/orders",
                                      "/api/customers",
                                      "/login",
                                      "/static/app.js",
                                      "/static/site.css",
                                      "/images/logo.png",
                                      "/search",
                                      "/account/profile",
                                      "/cart",
                                      "/checkout",
                                      "/health",
                                      "/favicon.ico",
                                      "/api/v2/stock"};
constexpr std::string_view ScanPaths[] = {"/wp-login.php",          "/.env",
                                          "/admin/config.php",      "/cgi-bin/test.cgi",
                                          "/../../windows/win.ini", "/phpmyadmin/index.php"};

void appendNumber(std::string &out, uint64_t v)
{
    char buf[24];
    const int n = std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(v));
    out.append(buf, size_t(n));
}

void append2(std::string &out, int v)
{
    out += char('0' + v / 10);
    out += char('0' + v % 10);
}

void appendTimestamp(std::string &out, int64_t t)
{
    // Civil date from days (Howard Hinnant's algorithm), as the log writes it in UTC.
    int64_t z = t / 86400 + 719468;
    const int64_t era = z / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(int64_t(yoe) + era * 400 + (m <= 2));
    const int s = int(t % 86400);
    append2(out, y / 100);
    append2(out, y % 100);
    out += '-';
    append2(out, m);
    out += '-';
    append2(out, d);
    out += ' ';
    append2(out, s / 3600);
    out += ':';
    append2(out, s / 60 % 60);
    out += ':';
    append2(out, s % 60);
}

const Reason &pickReason(uint32_t r)
{
    for (const Reason &reason : Reasons) {
        if (r < reason.weight)
            return reason;
        r -= reason.weight;
    }
    return Reasons[0];
}

uint32_t totalWeight()
{
    uint32_t sum = 0;
    for (const Reason &reason : Reasons)
        sum += reason.weight;
    return sum;
}
} // namespace

LogGenerator::LogGenerator(uint64_t seed)
    : m_state(seed)
    , m_now(1704067200) // 2024-01-01 00:00:00 UTC
{}

uint64_t LogGenerator::next()
{
    // splitmix64: tiny, fast and the same on every platform.
    uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

void LogGenerator::advanceClock()
{
    if (m_burstLeft > 0) {
        --m_burstLeft;
        m_now += chance(2) ? 1 : 0; // dozens of lines a second
        return;
    }
    if (below(200000) == 0)
        m_burstLeft = 2000 + below(20000);
    m_now += below(4);
}

void LogGenerator::appendClient(std::string &out)
{
    if (m_burstLeft > 0) {
        // A scanner or botnet: addresses from all over one range, mostly new ones.
        out += "198.51.";
        appendNumber(out, below(256));
        out += '.';
        appendNumber(out, below(256));
        return;
    }
    // Skewed towards a few busy clients: the square of a uniform number favours small indexes.
    const uint32_t u = below(4000);
    const uint32_t client = u * u / 4000;
    if (client % 10 == 7) {
        out += "2001:db8:";
        appendNumber(out, client % 97);
        out += "::";
        appendNumber(out, client);
        out += "%0";
        return;
    }
    out += "203.";
    appendNumber(out, client / 250);
    out += '.';
    appendNumber(out, client % 250);
    out += '.';
    appendNumber(out, 10 + client % 7);
}

void LogGenerator::appendUri(std::string &out)
{
    if (m_burstLeft > 0) {
        out += ScanPaths[below(std::size(ScanPaths))];
        out += "?x=";
        appendNumber(out, below(100000));
        return;
    }
    const uint32_t u = below(std::size(Paths) * 8);
    const uint32_t i = u * u / (std::size(Paths) * 64);
    out += Paths[i];
    if (i == 2 || i == 3) {
        out += "?id=";
        appendNumber(out, below(2000));
    }
}

void LogGenerator::appendLine(std::string &out, int fieldCount)
{
    advanceClock();
    const bool burst = m_burstLeft > 0;
    static const uint32_t weights = totalWeight();
    const Reason &picked = pickReason(below(weights));
    std::string_view reason = picked.name;
    std::string_view status = picked.status;
    bool connection = picked.connectionLevel;
    if (burst) {
        reason = BurstReasons[below(std::size(BurstReasons))];
        status = "400";
        connection = false;
    }
    appendTimestamp(out, m_now);
    out += ' ';
    appendClient(out);
    out += ' ';
    appendNumber(out, 1024 + below(64512));
    out += ' ';
    const uint32_t server = below(100);
    out += ServerIps[server < 70 ? 0 : server < 90 ? 1 : server < 98 ? 2 : 3];
    out += chance(80) ? " 443 " : " 80 ";
    const bool http2 = !connection && fieldCount >= 14 && chance(25);
    if (connection)
        out += "- - -";
    else {
        out += http2 ? (fieldCount >= 16 && chance(20) ? "HTTP/3" : "HTTP/2.0")
                     : (chance(95) ? "HTTP/1.1" : "HTTP/1.0");
        out += ' ';
        out += Methods[below(std::size(Methods))];
        out += ' ';
        appendUri(out);
    }
    if (fieldCount >= 14) {
        out += ' ';
        if (http2)
            appendNumber(out, 1 + 2 * below(500));
        else
            out += '-';
    }
    if (fieldCount >= 16)
        out += chance(90) ? " -" : " 0";
    out += ' ';
    out += status;
    out += ' ';
    out += chance(90) ? "1" : chance(50) ? "2" : "3";
    out += ' ';
    out += reason;
    if (fieldCount >= 13) {
        out += ' ';
        out += connection || status == "400" ? std::string_view("-")
                                             : Queues[below(std::size(Queues))];
    }
    if (fieldCount >= 16)
        out += chance(5) ? " QUIC" : " TCP";
    if (fieldCount >= 18)
        out += chance(97) ? " - -" : " 0x80070008 0x1";
}

void LogGenerator::appendHeader(std::string &out, int fieldCount)
{
    static constexpr std::string_view head = "date time c-ip c-port s-ip s-port cs-version "
                                             "cs-method cs-uri";
    out += "#Software: Microsoft HTTP API 2.0\r\n#Version: 1.0\r\n#Date: ";
    appendTimestamp(out, m_now);
    out += "\r\n#Fields: ";
    out += head;
    if (fieldCount >= 14)
        out += " streamid";
    if (fieldCount >= 16)
        out += " streamid_ex";
    out += " sc-status s-siteid s-reason";
    if (fieldCount >= 13)
        out += " s-queuename";
    if (fieldCount >= 16)
        out += " transport";
    if (fieldCount >= 18)
        out += " fault-code extended-fault-code";
    out += "\r\n";
}

bool LogGenerator::writeFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    std::string buffer;
    buffer.reserve(1 << 21);
    int layout = options.firstLayout;
    int fields = options.headers ? LayoutCycle[size_t(layout) % LayoutCycle.size()] : 13;
    for (uint64_t i = 0; i < options.lines; ++i) {
        if (options.headers && i % options.linesPerBlock == 0) {
            fields = LayoutCycle[size_t(layout++) % LayoutCycle.size()];
            appendHeader(buffer, fields);
        }
        appendLine(buffer, fields);
        buffer += "\r\n";
        if (buffer.size() >= (1 << 20)) {
            if (file.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer.data(), qint64(buffer.size())) == qint64(buffer.size())
           && file.flush();
}
