#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

// Reads the `date` and `time` fields of W3C log lines (YYYY-MM-DD HH:MM:SS, UTC) into seconds
// since the epoch. Most lines share their date with the line before: then only the time is
// read. One per parser; not thread-safe.
class DayTimeParser
{
public:
    std::optional<int64_t> parse(std::string_view date, std::string_view time)
    {
        if (m_dayStart && date.size() == 10 && sameDay(date.data(), m_day) && time.size() == 8
            && time[2] == ':' && time[5] == ':') {
            const char *t = time.data();
            if (isDigit(t[0]) && isDigit(t[1]) && isDigit(t[3]) && isDigit(t[4]) && isDigit(t[6])
                && isDigit(t[7])) {
                const int h = (t[0] - '0') * 10 + (t[1] - '0');
                const int m = (t[3] - '0') * 10 + (t[4] - '0');
                const int s = (t[6] - '0') * 10 + (t[7] - '0');
                if (h > 23 || m > 59 || s > 60)
                    return std::nullopt;
                return *m_dayStart + h * 3600 + m * 60 + s;
            }
            return std::nullopt;
        }
        return parseNewDay(date, time);
    }

private:
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    // The 10 bytes of two dates, compared without a call to memcmp.
    static bool sameDay(const char *a, const char *b)
    {
        uint64_t a8;
        uint64_t b8;
        uint16_t a2;
        uint16_t b2;
        std::memcpy(&a8, a, 8);
        std::memcpy(&b8, b, 8);
        std::memcpy(&a2, a + 8, 2);
        std::memcpy(&b2, b + 8, 2);
        return a8 == b8 && a2 == b2;
    }
    std::optional<int64_t> parseNewDay(std::string_view date, std::string_view time);

    char m_day[10] = {};               // the date of the last line...
    std::optional<int64_t> m_dayStart; // ...and its midnight, UTC
};
