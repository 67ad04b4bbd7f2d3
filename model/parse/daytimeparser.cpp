#include "daytimeparser.h"

#include "timeutil.h"

std::optional<int64_t> DayTimeParser::parseNewDay(std::string_view date, std::string_view time)
{
    const auto parsed = TimeUtil::parseDateTime(date, time);
    if (parsed && date.size() == 10) {
        std::memcpy(m_day, date.data(), 10);
        m_dayStart = TimeUtil::parseDateTime(date, "00:00:00");
    }
    return parsed;
}
