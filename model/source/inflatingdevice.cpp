#include "inflatingdevice.h"

#include <algorithm>
#include <atomic>
#include <limits>

namespace {
std::atomic<qint64> g_ratio{InflatingDevice::DefaultMaxRatio};
std::atomic<qint64> g_floor{InflatingDevice::DefaultFloorBytes};
} // namespace

InflatingDevice::InflatingDevice(QObject *parent)
    : QIODevice(parent)
{}

qint64 InflatingDevice::outputLimit(qint64 compressedBytes)
{
    const qint64 ratio = g_ratio.load();
    const qint64 byRatio = compressedBytes > std::numeric_limits<qint64>::max() / ratio
                               ? std::numeric_limits<qint64>::max()
                               : compressedBytes * ratio;
    return std::max(byRatio, g_floor.load());
}

qint64 InflatingDevice::maxRatio()
{
    return g_ratio.load();
}

void InflatingDevice::setLimits(qint64 ratio, qint64 floorBytes)
{
    g_ratio = std::max<qint64>(ratio, 1);
    g_floor = std::max<qint64>(floorBytes, 0);
}

qint64 InflatingDevice::fail(LogProblem::Code code, const QString &detail)
{
    m_failure = code;
    m_failed = true;
    setErrorString(detail);
    return -1;
}

qint64 InflatingDevice::failFrom(const QIODevice &inner)
{
    const auto *inflating = qobject_cast<const InflatingDevice *>(&inner);
    if (inflating && inflating->hasFailed())
        return fail(inflating->failure(), inflating->errorString());
    return fail(LogProblem::Code::Unreadable, inner.errorString());
}
