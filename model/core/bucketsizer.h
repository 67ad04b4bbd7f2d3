#pragma once

#include "displayzone.h"

#include <QString>

#include <cstdint>
#include <vector>

// Picks round bucket sizes (1 s up to a calendar month) for the timeline and for spike
// detection, and aligns bucket edges to them. Pure functions over integer seconds.
namespace BucketSizer {
constexpr int64_t Day = 86400;
constexpr int64_t Week = 7 * Day;
// Calendar months, whose length varies: this nominal size (the mean Gregorian month) stands for
// them wherever a step is a number; their edges come from monthEdges().
constexpr int64_t Month = 2629746;
// The round steps the chart uses, in seconds, smallest first.
const std::vector<int64_t> &steps();
// The smallest round step that shows `span` seconds in at most `maxBuckets` buckets (a month
// when even that gives more). With the default, any span from 100 s to 33 years gets 100–400
// buckets.
int64_t autoStep(int64_t span, int64_t maxBuckets = 400);
// `step` itself when it keeps `span` within `maxBuckets` buckets, otherwise the smallest
// round step that does: a hand-picked 1 s over a month would mean millions of bars.
int64_t clampStep(int64_t step, int64_t span, int64_t maxBuckets);
// The fixed bucket size spike detection uses for a log spanning `span` seconds: one minute
// for most logs, finer for logs shorter than an hour (so there are about 60 buckets to build
// a baseline from), coarser only for logs of months (to keep the series short).
int64_t detectionStep(int64_t span);
// The start of the bucket of size `step` holding `t`; edges fall on multiples of `step` in a
// clock that is `offset` seconds ahead of UTC (0 for UTC, the zone offset for local time).
// Weeks start on Mondays. Not for Month: see monthStart().
int64_t alignDown(int64_t t, int64_t step, int64_t offset = 0);
// Midnight of the first day of the month holding `t`, on `zone`'s clock.
int64_t monthStart(int64_t t, const DisplayZone &zone);
// The month edges from the start of the month holding `from` to the first one after `to`.
std::vector<int64_t> monthEdges(int64_t from, int64_t to, const DisplayZone &zone);
// A short translated label such as "1 s", "15 min", "1 h", "1 d", "1 week" or "1 month".
QString label(int64_t step);
} // namespace BucketSizer
