#include "rolloverorder.h"

#include "linebreaks.h"
#include "naturalorder.h"
#include "timeutil.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
constexpr qint64 HeadBytes = 8 * 1024;

// The group a log sorts in inside its folder.
enum Rank : uint8_t { NumberedRank, TimedRank, NameOnlyRank };

struct Entry
{
    LogSource source;
    QString folder;
    QString name;
    Rank rank = NameOnlyRank;
    int64_t value = 0;
};

std::optional<int64_t> timeFromDigits(const QString &digits)
{
    const auto two = [&](int at) { return digits.mid(at, 2).toInt(); };
    const int year = 2000 + two(0);
    const int month = two(2);
    const int dayOrWeek = digits.size() >= 6 ? two(4) : 1;
    const int hour = digits.size() >= 8 ? two(6) : 0;
    if (month < 1 || month > 12 || dayOrWeek < 1 || dayOrWeek > 31 || hour > 23)
        return std::nullopt;
    // A weekly name (week of the month) sorts like the day of the same number: in a set of
    // only weekly or only daily logs, which is what a server writes, the order is right.
    return TimeUtil::daysFromCivil(year, unsigned(month), unsigned(dayOrWeek)) * 86400
           + hour * 3600;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

// The time of "YYYY-MM-DD HH:MM:SS..." at the start of `text`.
std::optional<int64_t> leadingDateTime(std::string_view text)
{
    if (text.size() < 19)
        return std::nullopt;
    return TimeUtil::parseDateTime(text.substr(0, 10), text.substr(11, 8));
}
} // namespace

RolloverOrder::NameKey RolloverOrder::classify(const QString &logName)
{
    static const QRegularExpression numbered(QStringLiteral("^httperr(\\d{1,18})\\.log$"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression timed(QStringLiteral("^(?:u_)?ht(\\d{4}|\\d{6}|\\d{8})\\.log$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = numbered.match(logName); m.hasMatch())
        return {Scheme::Numbered, m.captured(1).toLongLong()};
    if (const auto m = timed.match(logName); m.hasMatch()) {
        if (const auto t = timeFromDigits(m.captured(1)))
            return {Scheme::Timed, *t};
    }
    return {};
}

std::optional<int64_t> RolloverOrder::firstTime(const QByteArray &head)
{
    QByteArray lines = head;
    LineBreaks::normalize(lines.data(), size_t(lines.size()));
    std::string_view text(lines.constData(), size_t(lines.size()));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    bool lastLine = false;
    while (!text.empty() && !lastLine) {
        const size_t nl = text.find('\n');
        lastLine = nl == std::string_view::npos;
        // A line the head cut in two could be misread: only whole lines count.
        if (lastLine)
            break;
        const std::string_view line = trimmed(text.substr(0, nl));
        text.remove_prefix(nl + 1);
        if (line.substr(0, 6) == "#Date:")
            return leadingDateTime(trimmed(line.substr(6)));
        if (!line.empty() && line.front() != '#')
            return leadingDateTime(line);
    }
    return std::nullopt;
}

void RolloverOrder::sort(std::vector<LogSource> &sources)
{
    std::vector<Entry> entries;
    entries.reserve(sources.size());
    for (LogSource &source : sources) {
        Entry e;
        e.folder = source.folderKey();
        e.name = source.logName();
        const NameKey key = classify(e.name);
        e.value = key.value;
        if (key.scheme == Scheme::Numbered) {
            e.rank = NumberedRank;
        } else if (key.scheme == Scheme::Timed) {
            e.rank = TimedRank;
        } else if (const auto t = firstTime(source.head(HeadBytes))) {
            e.rank = TimedRank;
            e.value = *t;
        }
        e.source = std::move(source);
        entries.push_back(std::move(e));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.folder != b.folder)
            return NaturalOrder::less(a.folder, b.folder);
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.rank != NameOnlyRank && a.value != b.value)
            return a.value < b.value;
        return NaturalOrder::less(a.name, b.name);
    });
    for (size_t i = 0; i < entries.size(); ++i)
        sources[i] = std::move(entries[i].source);
}
