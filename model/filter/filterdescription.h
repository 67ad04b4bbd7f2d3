#pragma once

#include "filterstate.h"
#include "timeformat.h"

#include <QStringList>

// A FilterState in words, one line per criterion that is set ("Reason: QueueFull",
// "From: 2024-05-01 08:00:00 UTC"), for reports and summaries. Empty when nothing filters.
namespace FilterDescription {
QStringList lines(const FilterState &state);
// The same with the times in `format`'s zone and conventions ("From: 01.05.2024 10:00:00
// UTC+02:00 (Europe/Berlin)").
QStringList lines(const FilterState &state, const TimeFormat &format);
} // namespace FilterDescription
