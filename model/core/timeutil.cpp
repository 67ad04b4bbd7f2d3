#include "timeutil.h"

#include <QDateTime>
#include <QTimeZone>

namespace {
bool digits(std::string_view s, size_t pos, size_t count, int &value)
{
    value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Inverse of daysFromCivil (Howard Hinnant's algorithm).
void civilFromDays(int64_t z, int &y, int &m, int &d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t yy = int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yy + (m <= 2));
}

void put2(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

// Writes "YYYY-MM-DD?HH:MM:SS" (19 bytes, ? = separator) into buf.
void write(int64_t seconds, char separator, char *buf)
{
    int64_t days = seconds / 86400;
    int64_t rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int y, m, d;
    civilFromDays(days, y, m, d);
    put2(buf, (y / 100) % 100);
    put2(buf + 2, y % 100);
    buf[4] = '-';
    put2(buf + 5, m);
    buf[7] = '-';
    put2(buf + 8, d);
    buf[10] = separator;
    put2(buf + 11, int(rest / 3600));
    buf[13] = ':';
    put2(buf + 14, int(rest / 60 % 60));
    buf[16] = ':';
    put2(buf + 17, int(rest % 60));
}

QString format(int64_t seconds, char separator, bool zulu)
{
    char buf[20];
    write(seconds, separator, buf);
    buf[19] = 'Z';
    return QString::fromLatin1(buf, zulu ? 20 : 19);
}
} // namespace

int64_t TimeUtil::daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return int64_t(era) * 146097 + int64_t(doe) - 719468;
}

std::optional<int64_t> TimeUtil::parseDateTime(std::string_view date, std::string_view time)
{
    if (date.size() != 10 || time.size() != 8 || date[4] != '-' || date[7] != '-' || time[2] != ':'
        || time[5] != ':')
        return std::nullopt;
    int y, mo, d, h, mi, s;
    if (!digits(date, 0, 4, y) || !digits(date, 5, 2, mo) || !digits(date, 8, 2, d)
        || !digits(time, 0, 2, h) || !digits(time, 3, 2, mi) || !digits(time, 6, 2, s))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    return daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + s;
}

std::optional<int64_t> TimeUtil::parseIso(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QByteArray latin = trimmed.toLatin1();
    const std::string_view sv(latin.constData(), size_t(latin.size()));
    if (sv.size() == 10)
        return parseDateTime(sv, "00:00:00");
    if (sv.size() >= 19 && (sv[10] == 'T' || sv[10] == ' ')) {
        const auto plain = parseDateTime(sv.substr(0, 10), sv.substr(11, 8));
        if (plain && (sv.size() == 19 || sv.substr(19) == "Z"))
            return plain;
    }
    // Anything with an explicit offset or fractional seconds: let Qt do it.
    QDateTime dt = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toSecsSinceEpoch();
}

std::optional<int64_t> TimeUtil::parseIsoEnd(const QString &text)
{
    const std::optional<int64_t> start = parseIso(text);
    if (start && text.trimmed().size() == 10)
        return *start + 86399;
    return start;
}

QString TimeUtil::formatUtc(int64_t seconds)
{
    return format(seconds, ' ', false);
}

QString TimeUtil::formatIso(int64_t seconds)
{
    return format(seconds, 'T', true);
}

void TimeUtil::writeUtc(int64_t seconds, char *out)
{
    write(seconds, ' ', out);
}
