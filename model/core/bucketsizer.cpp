#include "bucketsizer.h"

#include "timeutil.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>

namespace {
constexpr int64_t Minute = 60;
constexpr int64_t Hour = 3600;
using BucketSizer::Day;
using BucketSizer::Month;
using BucketSizer::Week;
// 1970-01-01 was a Thursday: weeks start three days before multiples of seven days.
constexpr int64_t MondayShift = 3 * Day;
// Detection series longer than this are built on a coarser step (a year of 5-min buckets fits).
constexpr int64_t MaxDetectionBuckets = 150000;
// Short logs are split into at least this many buckets so a baseline can be told from a burst.
constexpr int64_t MinDetectionBuckets = 60;

int64_t floorDiv(int64_t a, int64_t b)
{
    const int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
} // namespace

const std::vector<int64_t> &BucketSizer::steps()
{
    // Each step is at most 3.5 times the one before, so the chosen step always lands in
    // (maxBuckets / 3.5, maxBuckets] buckets.
    static const std::vector<int64_t> all{
        1,          2,           5,           10,          15,       30,       Minute,   2 * Minute,
        5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute, Hour,     2 * Hour, 3 * Hour, 6 * Hour,
        12 * Hour,  Day,         2 * Day,     Week,        2 * Week, Month};
    return all;
}

int64_t BucketSizer::autoStep(int64_t span, int64_t maxBuckets)
{
    maxBuckets = std::max<int64_t>(maxBuckets, 1);
    for (const int64_t step : steps()) {
        if ((std::max<int64_t>(span, 0) + step - 1) / step <= maxBuckets)
            return step;
    }
    return Month;
}

int64_t BucketSizer::clampStep(int64_t step, int64_t span, int64_t maxBuckets)
{
    if (step <= 0)
        return autoStep(span, maxBuckets);
    if ((std::max<int64_t>(span, 0) + step - 1) / step <= maxBuckets)
        return step;
    return std::max(step, autoStep(span, maxBuckets));
}

int64_t BucketSizer::detectionStep(int64_t span)
{
    if (span < MinDetectionBuckets * Minute) {
        for (const int64_t step : {30, 15, 10, 5, 2}) {
            if (span / step >= MinDetectionBuckets)
                return step;
        }
        return 1;
    }
    for (const int64_t step : {Minute, 5 * Minute, 15 * Minute, Hour}) {
        if (span / step <= MaxDetectionBuckets)
            return step;
    }
    return Day;
}

int64_t BucketSizer::alignDown(int64_t t, int64_t step, int64_t offset)
{
    const int64_t shift = step % Week == 0 ? MondayShift : 0;
    return floorDiv(t + offset + shift, step) * step - offset - shift;
}

int64_t BucketSizer::monthStart(int64_t t, const DisplayZone &zone)
{
    const QDate day = QDate(1970, 1, 1).addDays(floorDiv(zone.toWallClock(t), Day));
    return zone.fromWallClock(TimeUtil::daysFromCivil(day.year(), unsigned(day.month()), 1) * Day);
}

std::vector<int64_t> BucketSizer::monthEdges(int64_t from, int64_t to, const DisplayZone &zone)
{
    std::vector<int64_t> edges{monthStart(from, zone)};
    QDate month = QDate(1970, 1, 1).addDays(floorDiv(zone.toWallClock(edges.front()), Day));
    while (edges.back() <= to) {
        month = month.addMonths(1);
        edges.push_back(zone.fromWallClock(
            TimeUtil::daysFromCivil(month.year(), unsigned(month.month()), 1) * Day));
    }
    return edges;
}

QString BucketSizer::label(int64_t step)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("BucketSizer", text); };
    if (step == Month)
        return tr("1 month");
    if (step == Week)
        return tr("1 week");
    if (step == 2 * Week)
        return tr("2 weeks");
    if (step >= Day && step % Day == 0)
        return tr("%1 d").arg(step / Day);
    if (step >= Hour && step % Hour == 0)
        return tr("%1 h").arg(step / Hour);
    if (step >= Minute && step % Minute == 0)
        return tr("%1 min").arg(step / Minute);
    return tr("%1 s").arg(step);
}
