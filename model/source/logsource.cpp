#include "logsource.h"

#include "gzipdevice.h"
#include "logfileset.h"
#include "nativepath.h"
#include "zipmemberdevice.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {
// Archivers on Windows sometimes write backslashes, against the zip convention.
qsizetype lastSlash(const QString &member)
{
    return std::max(member.lastIndexOf(QLatin1Char('/')), member.lastIndexOf(QLatin1Char('\\')));
}

bool endsWithGz(const QString &name)
{
    return name.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
}

// The uncompressed size a gzip file declares in its last four bytes (modulo 4 GiB), or the
// compressed size when that makes no sense (several members, or more than 4 GiB).
qint64 gzipSize(const QString &path)
{
    QFile file;
    const qint64 compressed = NativePath::info(path).size;
    if (compressed < 18 || !NativePath::open(file, path, QIODevice::ReadOnly)
        || !file.seek(compressed - 4))
        return std::max<qint64>(compressed, 0);
    const QByteArray tail = file.read(4);
    if (tail.size() != 4)
        return compressed;
    const auto b = [&](int i) { return quint32(static_cast<unsigned char>(tail[i])); };
    const qint64 declared = qint64(b(0) | b(1) << 8 | b(2) << 16 | b(3) << 24);
    return declared >= compressed ? declared : compressed;
}
} // namespace

QString LogSource::separator()
{
    return LogFileSet::archiveSeparator();
}

LogSource LogSource::file(const QString &path)
{
    LogSource s;
    s.m_path = path;
    s.m_gzip = endsWithGz(path);
    s.m_size = s.m_gzip ? gzipSize(path) : std::max<qint64>(NativePath::info(path).size, 0);
    return s;
}

LogSource LogSource::standardInput()
{
    LogSource s;
    s.m_kind = Kind::StandardInput;
    s.m_path = QStringLiteral("-");
    return s;
}

LogSource LogSource::zipMember(const QString &archivePath, const QString &member,
                               qint64 compressedSize, qint64 size, std::optional<ZipEntry> entry)
{
    LogSource s;
    s.m_kind = Kind::ZipMember;
    s.m_path = archivePath;
    s.m_member = member;
    s.m_entry = entry;
    s.m_gzip = endsWithGz(member);
    // A gzip inside a zip: its own size is unknown; assume a typical ratio for progress.
    s.m_size = s.m_gzip ? compressedSize * 10 : size;
    return s;
}

LogSource LogSource::fromKey(const QString &key)
{
    if (isStandardInput(key))
        return standardInput();
    const qsizetype at = key.indexOf(separator());
    if (at < 0)
        return file(key);
    return zipMember(key.left(at), key.mid(at + separator().size()), 0, 0);
}

QString LogSource::logName() const
{
    QString name = m_kind == Kind::ZipMember ? m_member.mid(lastSlash(m_member) + 1)
                                             : QFileInfo(m_path).fileName();
    if (m_gzip)
        name.chop(3);
    return name;
}

QString LogSource::folderKey() const
{
    if (m_kind == Kind::File)
        return QFileInfo(m_path).path();
    const qsizetype slash = lastSlash(m_member);
    return m_path + separator() + (slash < 0 ? QString() : m_member.left(slash));
}

QString LogSource::key() const
{
    return m_kind == Kind::File ? m_path : m_path + separator() + m_member;
}

QString LogSource::displayName(const QString &key)
{
    if (isStandardInput(key))
        return QStringLiteral("stdin");
    const qsizetype at = key.indexOf(separator());
    if (at < 0)
        return NativePath::display(QFileInfo(key).fileName());
    return NativePath::display(QFileInfo(key.left(at)).fileName() + key.mid(at));
}

QString LogSource::diskPath(const QString &key)
{
    const qsizetype at = key.indexOf(separator());
    return at < 0 ? key : key.left(at);
}

std::unique_ptr<QIODevice> LogSource::open(LogProblem &problem) const
{
    std::unique_ptr<QIODevice> device;
    if (m_kind == Kind::StandardInput) {
        auto in = std::make_unique<QFile>();
        if (in->open(stdin, QIODevice::ReadOnly))
            return in;
        describeFailure(*in, problem);
        return nullptr;
    }
    // A plain file is read in the loader's own blocks: unbuffered, it is also seen as it is
    // now when it changes while it is read, not as a stale read-ahead buffer.
    const QIODevice::OpenMode mode =
        isPlainFile() ? QIODevice::ReadOnly | QIODevice::Unbuffered : QIODevice::ReadOnly;
    if (m_kind == Kind::File && NativePath::hasRawBytes(m_path)) {
        // A name that is no UTF-8: opened by its bytes (QFile would look for another name).
        auto file = std::make_unique<QFile>();
        QString error;
        if (!NativePath::open(*file, m_path, m_gzip ? QIODevice::ReadOnly : mode, &error)) {
            problem.code = LogProblem::Code::Unreadable;
            problem.detail = error;
            return nullptr;
        }
        device = std::move(file);
        if (!m_gzip)
            return device;
        device = std::make_unique<GzipDevice>(std::move(device));
        if (device->open(QIODevice::ReadOnly))
            return device;
        describeFailure(*device, problem);
        return nullptr;
    }
    if (m_kind == Kind::ZipMember)
        device = std::make_unique<ZipMemberDevice>(m_path, m_member, m_entry);
    else
        device = std::make_unique<QFile>(m_path);
    if (m_gzip)
        device = std::make_unique<GzipDevice>(std::move(device));
    if (device->open(mode))
        return device;
    describeFailure(*device, problem);
    return nullptr;
}

void LogSource::describeFailure(const QIODevice &device, LogProblem &problem)
{
    const auto *inflating = qobject_cast<const InflatingDevice *>(&device);
    problem.code =
        inflating && inflating->hasFailed() ? inflating->failure() : LogProblem::Code::Unreadable;
    problem.detail = device.errorString();
    if (problem.code == LogProblem::Code::TooCompressed)
        problem.expected = int32_t(std::min<qint64>(InflatingDevice::maxRatio(), INT32_MAX));
}

QByteArray LogSource::head(qint64 maxBytes) const
{
    LogProblem ignored;
    const std::unique_ptr<QIODevice> device = open(ignored);
    if (!device)
        return {};
    QByteArray bytes(maxBytes, Qt::Uninitialized);
    qint64 filled = 0;
    while (filled < maxBytes) {
        const qint64 n = device->read(bytes.data() + filled, maxBytes - filled);
        if (n <= 0)
            break;
        filled += n;
    }
    bytes.resize(filled);
    return bytes;
}
