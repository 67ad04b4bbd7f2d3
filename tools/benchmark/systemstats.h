#pragma once

#include <QtGlobal>

// What the kernel says about this process and the machine (Linux /proc), for memory figures
// and for judging whether timings were taken on a busy machine.
namespace SystemStats {
// Resident memory now, and its peak since the last resetPeak(), in bytes (-1 if unknown).
qint64 residentBytes();
qint64 peakResidentBytes();
// Sets the peak to the current resident size (Linux 4.0 and later).
void resetPeak();
// User plus system CPU time this process used so far, in seconds.
double cpuSeconds();
// The load average over the last minute.
double loadAverage();
} // namespace SystemStats
