#include "systemstats.h"

#include <QByteArray>
#include <QFile>

#if defined(Q_OS_WIN)
#include <windows.h>

#include <psapi.h>
#elif defined(Q_OS_MACOS)
#include <mach/mach.h>
#include <stdlib.h>
#include <sys/resource.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace {
#ifdef Q_OS_LINUX
qint64 statusKilobytes(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix(key);
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
#endif

#ifdef Q_OS_WIN
PROCESS_MEMORY_COUNTERS memoryCounters()
{
    PROCESS_MEMORY_COUNTERS counters = {};
    GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters));
    return counters;
}
#endif

#ifdef Q_OS_MACOS
mach_task_basic_info taskInfo()
{
    mach_task_basic_info info = {};
    mach_msg_type_number_t count = MACH_TASK_BASIC_INFO_COUNT;
    task_info(mach_task_self(), MACH_TASK_BASIC_INFO, task_info_t(&info), &count);
    return info;
}
#endif
} // namespace

qint64 SystemStats::residentBytes()
{
#if defined(Q_OS_LINUX)
    return statusKilobytes("VmRSS:") * 1024;
#elif defined(Q_OS_MACOS)
    return qint64(taskInfo().resident_size);
#elif defined(Q_OS_WIN)
    return qint64(memoryCounters().WorkingSetSize);
#else
    return -1;
#endif
}

qint64 SystemStats::peakResidentBytes()
{
#if defined(Q_OS_LINUX)
    return statusKilobytes("VmHWM:") * 1024;
#elif defined(Q_OS_MACOS)
    return qint64(taskInfo().resident_size_max);
#elif defined(Q_OS_WIN)
    return qint64(memoryCounters().PeakWorkingSetSize);
#else
    return -1;
#endif
}

void SystemStats::resetPeak()
{
#ifdef Q_OS_LINUX
    // Writing "5" resets the high-water mark VmHWM to the current resident size.
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
#endif
}

double SystemStats::cpuSeconds()
{
#if defined(Q_OS_WIN)
    FILETIME created, exited, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user))
        return -1;
    auto ticks = [](const FILETIME &t) {
        return (quint64(t.dwHighDateTime) << 32) | t.dwLowDateTime;
    };
    return double(ticks(kernel) + ticks(user)) / 1e7; // 100 ns ticks
#elif defined(Q_OS_UNIX)
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return -1;
#endif
}

double SystemStats::loadAverage()
{
#if defined(Q_OS_LINUX)
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
#elif defined(Q_OS_MACOS)
    double load[1] = {-1};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
#else
    return -1; // Windows has no load average
#endif
}
