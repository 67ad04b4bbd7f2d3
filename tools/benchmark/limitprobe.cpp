#include "limitprobe.h"

#include "systemstats.h"

#include <QFile>

#include <string_view>
#include <unordered_map>

namespace {
// The number of `digits` decimal digits at `p`.
int number(const char *p, int digits)
{
    int value = 0;
    for (int i = 0; i < digits; ++i)
        value = value * 10 + (p[i] - '0');
    return value;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return int64_t(era) * 146097 + doe - 719468;
}

// "2024-01-01" and "00:00:14" to UTC seconds; 0 where they are not of that shape.
uint64_t utcSeconds(std::string_view date, std::string_view time)
{
    if (date.size() != 10 || time.size() != 8)
        return 0;
    const char *d = date.data();
    const char *t = time.data();
    const int64_t days = daysFromCivil(number(d, 4), number(d + 5, 2), number(d + 8, 2));
    return uint64_t(days * 86400 + number(t, 2) * 3600 + number(t + 3, 2) * 60 + number(t + 6, 2));
}

// The index of s-reason in a "#Fields: ..." line, or -1.
int reasonIndex(std::string_view header)
{
    header.remove_prefix(sizeof("#Fields:") - 1);
    int index = 0;
    size_t start = 0;
    while (start < header.size()) {
        while (start < header.size() && header[start] == ' ')
            ++start;
        const size_t end = std::min(header.find(' ', start), header.size());
        if (end > start && header.substr(start, end - start) == "s-reason")
            return index;
        ++index;
        start = end;
    }
    return -1;
}

struct Counter
{
    std::unordered_map<std::string_view, uint64_t> reasons;
    uint64_t lines = 0;
    uint64_t seconds = 0;
    int reasonField = 11; // the 13-field layout's, until a #Fields header says otherwise

    void header(std::string_view line)
    {
        if (line.substr(0, 8) == "#Fields:")
            reasonField = reasonIndex(line);
    }

    // Splits a data line at spaces: date, time and the reason field are what is used.
    void row(std::string_view line)
    {
        std::string_view fields[3];
        int index = 0;
        size_t start = 0;
        while (start <= line.size()) {
            const size_t end = std::min(line.find(' ', start), line.size());
            const std::string_view field = line.substr(start, end - start);
            if (index < 2)
                fields[index] = field;
            else if (index == reasonField)
                fields[2] = field;
            ++index;
            start = end + 1;
        }
        seconds += utcSeconds(fields[0], fields[1]);
        ++reasons[fields[2]];
        ++lines;
    }

    void line(std::string_view text)
    {
        if (!text.empty() && text.back() == '\r')
            text.remove_suffix(1);
        if (text.empty())
            return;
        if (text.front() == '#')
            header(text);
        else
            row(text);
    }
};
} // namespace

LimitProbe::Result LimitProbe::run(const QString &path)
{
    const double cpuBefore = SystemStats::cpuSeconds();
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const qint64 size = file.size();
    const uchar *data = size > 0 ? file.map(0, size) : nullptr;
    if (!data)
        return result;
    const std::string_view text(reinterpret_cast<const char *>(data), size_t(size));
    Counter counter;
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = std::min(text.find('\n', start), text.size());
        counter.line(text.substr(start, end - start));
        start = end + 1;
    }
    file.unmap(const_cast<uchar *>(data));
    result.ok = true;
    result.lines = counter.lines;
    result.reasons = counter.reasons.size();
    result.seconds = counter.seconds;
    result.cpuSeconds = SystemStats::cpuSeconds() - cpuBefore;
    return result;
}
