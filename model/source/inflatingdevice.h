#pragma once

#include "logproblem.h"

#include <QIODevice>

// Base of the read-only, sequential devices that decompress a log on the fly (a zip member, a
// gzip stream). It refuses output beyond a limit derived from the compressed size, so a zip
// bomb stops early instead of filling memory, and it tells why a read failed as a problem code.
class InflatingDevice : public QIODevice
{
    Q_OBJECT
public:
    // Output is refused past max(ratio * compressed size, floor bytes).
    static constexpr qint64 DefaultMaxRatio = 1000;
    static constexpr qint64 DefaultFloorBytes = qint64(64) * 1024 * 1024;

    explicit InflatingDevice(QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    // Why the last read failed (DamagedArchive, TooCompressed...); meaningful once read() < 0.
    LogProblem::Code failure() const { return m_failure; }
    bool hasFailed() const { return m_failed; }

    // The largest output accepted for `compressedBytes` of input.
    static qint64 outputLimit(qint64 compressedBytes);
    static qint64 maxRatio();
    // Tests lower the limits to build small bombs; the defaults suit real logs.
    static void setLimits(qint64 ratio, qint64 floorBytes);

protected:
    qint64 writeData(const char *, qint64) override { return -1; }
    // Records the failure and returns -1, for readData() to return.
    qint64 fail(LogProblem::Code code, const QString &detail);
    // Takes over the failure of a device this one reads from.
    qint64 failFrom(const QIODevice &inner);

private:
    LogProblem::Code m_failure = LogProblem::Code::Unreadable;
    bool m_failed = false;
};
