#pragma once

#include "filterstate.h"

#include <QStringList>

// A FilterState in words, one line per criterion that is set ("Reason: QueueFull",
// "From: 2024-05-01 08:00:00 UTC"), for reports and summaries. Empty when nothing filters.
namespace FilterDescription {
QStringList lines(const FilterState &state);
}
