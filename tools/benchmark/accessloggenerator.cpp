#include "accessloggenerator.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace {
const char *const Urls[] = {"/",           "/home.aspx",          "/api/items",
                            "/api/orders", "/img/logo.png",       "/css/site.css",
                            "/js/app.js",  "/reports/daily.aspx", "/search"};
const char *const Agents[] = {
    "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+"
    "Chrome/120.0+Safari/537.36",
    "Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+14_2)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+"
    "Version/17.2+Safari/605.1.15",
    "curl/8.4.0", "okhttp/4.12.0"};

std::string stamp(int64_t t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        .toStdString();
}
} // namespace

AccessLogGenerator::AccessLogGenerator(uint64_t seed)
    : m_state(seed * 0x9E3779B97F4A7C15ull + 1)
{}

uint64_t AccessLogGenerator::next()
{
    // xorshift64*: fast, and the same sequence everywhere.
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return m_state * 0x2545F4914F6CDD1Dull;
}

void AccessLogGenerator::appendLine(std::string &out, int64_t time)
{
    const uint32_t roll = below(1000);
    const char *status = roll < 900   ? "200 0 0"
                         : roll < 960 ? "304 0 0"
                         : roll < 990 ? "404 0 2"
                                      : "500 0 0";
    const uint32_t ms = below(100) == 0 ? 30000 + below(150000) : 5 + below(800);
    out += stamp(time);
    out += " 10.0.0.10 ";
    out += below(5) == 0 ? "POST " : "GET ";
    out += Urls[below(9)];
    out += below(4) == 0 ? " id=" + std::to_string(below(100000)) : std::string(" -");
    out += " 443 - 10.";
    out += std::to_string(below(256)) + '.' + std::to_string(below(256)) + '.'
           + std::to_string(1 + below(254)) + ' ';
    out += Agents[below(4)];
    out += " - ";
    out += status;
    out += ' ';
    out += std::to_string(ms);
    out += "\r\n";
}

bool AccessLogGenerator::writeFile(const QString &path, uint64_t lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::string out;
    for (uint64_t i = 0; i < lines; ++i) {
        const int64_t time = DayStart + int64_t(i * 86400 / lines);
        if (i % 100000 == 0)
            out += "#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n"
                   "#Date: "
                   + stamp(time)
                   + "\r\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                     "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
                     "sc-win32-status time-taken\r\n";
        appendLine(out, time);
        if (out.size() > (1 << 20)) {
            if (file.write(out.data(), qint64(out.size())) != qint64(out.size()))
                return false;
            out.clear();
        }
    }
    return file.write(out.data(), qint64(out.size())) == qint64(out.size());
}
