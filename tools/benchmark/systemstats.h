#pragma once

#include <QtGlobal>

// What the system says about this process and the machine, for memory figures and for judging
// whether timings were taken on a busy machine: Linux /proc, macOS task_info and getloadavg,
// Windows process counters (no load average there). -1 where a figure is unknown.
namespace SystemStats {
// Resident memory now, and its peak since the last resetPeak(), in bytes (-1 if unknown).
qint64 residentBytes();
qint64 peakResidentBytes();
// Sets the peak to the current resident size (Linux 4.0 and later; nothing elsewhere).
void resetPeak();
// User plus system CPU time this process used so far, in seconds.
double cpuSeconds();
// The load average over the last minute.
double loadAverage();
} // namespace SystemStats
