#pragma once

#include "inflatingdevice.h"

#include <memory>

class QuaZip;

// Streams one member of a zip archive, decompressed, straight from the archive file: nothing
// is unpacked to disk and only zlib's small buffers are held. Refuses encrypted members and
// members whose declared size says they are bombs, stops when the actual output passes the
// limit, and fails the read on damaged data or a checksum mismatch at the end.
class ZipMemberDevice : public InflatingDevice
{
    Q_OBJECT
public:
    ZipMemberDevice(const QString &archivePath, const QString &member, QObject *parent = nullptr);
    ~ZipMemberDevice() override;

    // Opens the member; on failure failure() and errorString() say why.
    bool open(OpenMode mode) override;
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    bool refuse(LogProblem::Code code, const QString &detail);
    bool finish();

    QString m_archivePath;
    QString m_member;
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_limit = 0;
    qint64 m_produced = 0;
    quint64 m_declared = 0;
    bool m_ended = false;
    bool m_memberOpen = false;
};
