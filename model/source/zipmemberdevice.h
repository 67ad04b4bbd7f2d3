#pragma once

#include "inflatingdevice.h"
#include "zipentry.h"

#include <memory>
#include <optional>

class QuaZip;

// Streams one member of a zip archive, decompressed, straight from the archive file: nothing
// is unpacked to disk and only zlib's small buffers are held. Refuses encrypted members and
// members whose declared size says they are bombs, stops when the actual output passes the
// limit, and fails the read on damaged data or a checksum mismatch at the end.
class ZipMemberDevice : public InflatingDevice
{
    Q_OBJECT
public:
    // `entry`, when known, is where the member's directory entry is: opened there directly
    // (and checked to carry the member's name); otherwise the directory is searched by name.
    ZipMemberDevice(const QString &archivePath, const QString &member,
                    std::optional<ZipEntry> entry = std::nullopt, QObject *parent = nullptr);
    ~ZipMemberDevice() override;

    // Opens the member; on failure failure() and errorString() say why.
    bool open(OpenMode mode) override;
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    bool refuse(LogProblem::Code code, const QString &detail);
    bool goToMember();
    bool finish();

    QString m_archivePath;
    QString m_member;
    std::optional<ZipEntry> m_entry;
    std::unique_ptr<QuaZip> m_zip;
    qint64 m_limit = 0;
    qint64 m_produced = 0;
    quint64 m_declared = 0;
    bool m_ended = false;
    bool m_memberOpen = false;
};
