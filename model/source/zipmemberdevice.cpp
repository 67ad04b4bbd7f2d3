#include "zipmemberdevice.h"

#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

ZipMemberDevice::ZipMemberDevice(const QString &archivePath, const QString &member,
                                 std::optional<ZipEntry> entry, QObject *parent)
    : InflatingDevice(parent)
    , m_archivePath(archivePath)
    , m_member(member)
    , m_entry(entry)
{}

ZipMemberDevice::~ZipMemberDevice()
{
    ZipMemberDevice::close();
}

bool ZipMemberDevice::refuse(LogProblem::Code code, const QString &detail)
{
    fail(code, detail);
    m_zip.reset();
    return false;
}

bool ZipMemberDevice::open(OpenMode mode)
{
    if ((mode & ~OpenMode(QIODevice::Text)) != QIODevice::ReadOnly)
        return refuse(LogProblem::Code::Unreadable, tr("an archive member can only be read"));
    m_zip = std::make_unique<QuaZip>(m_archivePath);
    if (!m_zip->open(QuaZip::mdUnzip))
        return refuse(LogProblem::Code::DamagedArchive, tr("not a readable zip archive"));
    if (!goToMember())
        return refuse(LogProblem::Code::DamagedArchive, tr("member not found"));
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return refuse(LogProblem::Code::DamagedArchive, tr("unreadable directory entry"));
    if (info.name != m_member)
        return refuse(LogProblem::Code::DamagedArchive, tr("member not found"));
    if (info.isEncrypted())
        return refuse(LogProblem::Code::Encrypted, tr("encrypted"));
    m_limit = outputLimit(qint64(info.compressedSize));
    m_declared = info.uncompressedSize;
    if (info.uncompressedSize > quint64(m_limit))
        return refuse(LogProblem::Code::TooCompressed, tr("declared size too large"));
    // minizip is called directly: QuaZipFile would add a second buffer to this device's own.
    if (const int error = unzOpenCurrentFile(m_zip->getUnzFile()); error != UNZ_OK) {
        return refuse(LogProblem::Code::DamagedArchive,
                      tr("cannot open the member (zip error %1)").arg(error));
    }
    m_memberOpen = true;
    m_produced = 0;
    m_ended = false;
    return QIODevice::open(QIODevice::ReadOnly);
}

bool ZipMemberDevice::goToMember()
{
    if (!m_entry) // searching by name reads the directory up to the member
        return m_zip->setCurrentFile(m_member, QuaZip::csSensitive);
    // QuaZip reads a member's entry only once it knows it has a current one: the first.
    if (!m_zip->goToFirstFile())
        return false;
    unz64_file_pos position;
    position.pos_in_zip_directory = m_entry->directoryOffset;
    position.num_of_file = m_entry->number;
    return unzGoToFilePos64(m_zip->getUnzFile(), &position) == UNZ_OK;
}

void ZipMemberDevice::close()
{
    if (m_memberOpen)
        unzCloseCurrentFile(m_zip->getUnzFile());
    m_memberOpen = false;
    if (m_zip)
        m_zip->close();
    m_zip.reset();
    if (isOpen())
        QIODevice::close();
}

// At the end of the data: the checksum is only known to be right once the member is closed.
bool ZipMemberDevice::finish()
{
    m_ended = true;
    m_memberOpen = false;
    const int error = unzCloseCurrentFile(m_zip->getUnzFile());
    if (error == UNZ_CRCERROR) {
        fail(LogProblem::Code::DamagedArchive, tr("checksum mismatch"));
        return false;
    }
    if (error != UNZ_OK) {
        fail(LogProblem::Code::DamagedArchive, tr("zip error %1").arg(error));
        return false;
    }
    // minizip checks the checksum only when the data ran to the declared size.
    if (quint64(m_produced) != m_declared) {
        fail(LogProblem::Code::DamagedArchive,
             tr("%1 bytes instead of %2").arg(m_produced).arg(m_declared));
        return false;
    }
    return true;
}

qint64 ZipMemberDevice::readData(char *data, qint64 maxSize)
{
    if (hasFailed())
        return -1;
    // QIODevice may ask for nothing; minizip would answer 0, which would read as the end.
    if (m_ended || !m_memberOpen || maxSize <= 0)
        return 0;
    // Never ask for more than the limit allows, so a lying header cannot overshoot it.
    const qint64 allowed = m_limit - m_produced;
    const auto ask = unsigned(std::min<qint64>({maxSize, allowed + 1, 1 << 30}));
    const int n = unzReadCurrentFile(m_zip->getUnzFile(), data, ask);
    if (n < 0) {
        return fail(LogProblem::Code::DamagedArchive,
                    tr("bad compressed data (zip error %1)").arg(n));
    }
    if (n == 0)
        return finish() ? 0 : -1;
    m_produced += n;
    if (m_produced > m_limit)
        return fail(LogProblem::Code::TooCompressed, tr("expands too much"));
    return n;
}
