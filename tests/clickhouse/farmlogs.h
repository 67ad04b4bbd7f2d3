#pragma once

// A small web farm's httperr logs for the database tests, written deterministically: two
// servers (WEB01 with the 13-field layout, WEB02 with the 18-field one and an extra field),
// two hours of rows with a skewed mix of reasons and a burst of Connection_Dropped on each,
// client addresses of every kind the filter knows (IPv4, IPv6, scoped, IPv4-mapped, ISATAP,
// no address), URLs with quotes, backslashes, semicolons, SQL words and non-ASCII text, and
// a few malformed lines.

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>
#include <string>

namespace FarmLogs {

// 2026-03-10T08:00:00Z
constexpr int64_t Start = 1773129600;

inline std::string stamp(int64_t t)
{
    const int64_t day = t / 86400;
    const int64_t s = t % 86400;
    // 2026-03-10 is day 20522 since 1970-01-01.
    const int date = int(day - 20522) + 10;
    char buf[32];
    std::snprintf(buf, sizeof buf, "2026-03-%02d %02d:%02d:%02d", date, int(s / 3600),
                  int(s / 60 % 60), int(s % 60));
    return buf;
}

inline const std::vector<std::string> &clients()
{
    static const std::vector<std::string> list{
        "10.1.2.3",
        "10.1.2.4",
        "10.1.9.5",
        "10.2.0.1",
        "192.168.1.10",
        "192.168.7.20",
        "172.16.0.5",
        "2001:db8::1",
        "2001:DB8:0:1::7",
        "2001:db9::2",
        "::1",
        "fe80::1%13",
        "fe80::1%4",
        "::ffff:10.1.2.3",
        "fe80::5efe:10.1.9.5",
        "-",
        "not-an-address",
        "10.1.2.3%7",
    };
    return list;
}

inline const std::vector<std::string> &urls()
{
    static const std::vector<std::string> list{
        "/",
        "/api/v1/items?id=42",
        "/api/v2/orders",
        "/login.php",
        "/admin/login.PHP?next=/",
        "/search?q=it's",
        "/path\\with\\backslashes",
        "/x';DROP%20TABLE%20httperr_rows;--",
        "/select?q=SELECT+*+FROM+users;",
        "/caf\xC3\xA9/men\xC3\xBC",
        "/static/app.js",
        "/health",
        "/a%27b%5Cc",
        "-",
    };
    return list;
}

inline const std::vector<std::string> &reasons()
{
    static const std::vector<std::string> list{
        "Timer_ConnectionIdle",
        "Timer_ConnectionIdle",
        "Timer_ConnectionIdle",
        "Connection_Dropped",
        "BadRequest",
        "NotFound",
        "QueueFull",
        "Connection_Abandoned_By_ReqQueue",
        "Timer_MinBytesPerSecond",
        "URL",
        "-",
    };
    return list;
}

inline bool writeText(const QString &path, const std::string &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && f.write(text.data(), qint64(text.size())) == qint64(text.size());
}

// One server's files: `files` roll-over files of `rows` rows each over two hours, with a
// burst of Connection_Dropped at `burstMinute`.
inline bool writeServer(const QString &dir, int server, int files, int rows, int burstMinute)
{
    std::mt19937 random(uint32_t(1000 + server));
    const bool wide = server == 2;
    const std::string fields =
        wide ? "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid "
               "streamid_ex sc-status s-siteid s-reason s-queuename transport fault-code "
               "extended-fault-code x-custom\n"
             : "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status "
               "s-siteid s-reason s-queuename\n";
    const int64_t span = 2 * 3600;
    int64_t t = Start + server * 7;
    const int64_t step = span / (int64_t(files) * rows);
    for (int f = 1; f <= files; ++f) {
        std::string text =
            "#Software: Microsoft HTTP API 2.0\n#Version: 1.0\n#Date: " + stamp(t) + "\n" + fields;
        for (int r = 0; r < rows; ++r) {
            t += int64_t(random() % uint32_t(2 * step + 1));
            const bool burst = (t - Start) / 60 == burstMinute;
            const std::string reason =
                burst ? "Connection_Dropped" : reasons()[random() % reasons().size()];
            const std::string client = clients()[random() % clients().size()];
            const std::string url = urls()[random() % urls().size()];
            const std::string line =
                stamp(t) + " " + client + " " + std::to_string(40000 + random() % 2000) + " 10.0.0."
                + std::to_string(server) + " " + (random() % 3 ? "80" : "443") + " HTTP/1.1 "
                + (random() % 4 ? "GET" : "POST") + " " + url + " "
                + (wide ? std::to_string(random() % 9) + " - " : std::string())
                + (random() % 5 ? "503" : "400") + " " + std::to_string(1 + random() % 3) + " "
                + reason + " " + (random() % 2 ? "DefaultAppPool" : "Shop")
                + (wide ? " HTTP/2 - - v" + std::to_string(random() % 4) : std::string()) + "\n";
            text += line;
            if (burst) {
                // The burst: many more rows in the same minute.
                for (int k = 0; k < 12; ++k)
                    text += line;
            }
            if (r == rows / 2 && f == 1)
                text += "this line is not a log row\n" + stamp(t) + " 10.1.2.3 only-four-fields\n";
        }
        const QString name = QStringLiteral("%1/WEB0%2/httperr%3.log").arg(dir).arg(server).arg(f);
        if (!writeText(name, text))
            return false;
    }
    return true;
}

// Both servers under `dir` (dir/WEB01, dir/WEB02); the folders to open, in order.
inline QStringList write(const QString &dir, int files = 2, int rows = 1500)
{
    if (!writeServer(dir, 1, files, rows, 40) || !writeServer(dir, 2, files, rows, 95))
        return {};
    return {dir + QStringLiteral("/WEB01"), dir + QStringLiteral("/WEB02")};
}
} // namespace FarmLogs
