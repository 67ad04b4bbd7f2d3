#include "archivefixture.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <zlib.h>

#include <cstring>

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    const auto u = [&](qsizetype i) { return quint32(static_cast<unsigned char>(b[at + i])); };
    return u(0) | u(1) << 8 | u(2) << 16 | u(3) << 24;
}

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}

void put32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

// The offset of the central directory entry of `member`, or -1.
qsizetype centralEntry(const QByteArray &zip, const QString &member)
{
    const QByteArray name = member.toUtf8();
    qsizetype at = 0;
    while ((at = zip.indexOf("PK\x01\x02", at)) >= 0) {
        const quint16 nameLength = le16(zip, at + 28);
        if (zip.mid(at + 46, nameLength) == name)
            return at;
        at += 4;
    }
    return -1;
}

bool writeBack(const QString &path, const QByteArray &bytes)
{
    return ArchiveFixture::writeFile(path, bytes);
}
} // namespace

QByteArray ArchiveFixture::log(qint64 start, int rows, int step, const QByteArray &reason)
{
    const auto stamp = [](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            .toLatin1();
    };
    QByteArray out = "#Software: Microsoft HTTP API 2.0\r\n#Version: 1.0\r\n#Date: " + stamp(start)
                     + "\r\n#Fields: date time c-ip c-port s-ip s-port cs-version cs-method "
                       "cs-uri sc-status s-siteid s-reason s-queuename\r\n";
    for (int i = 0; i < rows; ++i) {
        out += stamp(start + qint64(i) * step) + " 10.1.0." + QByteArray::number(i % 200)
               + " 50000 10.0.0.1 80 HTTP/1.1 GET /r" + QByteArray::number(i) + " - 1 " + reason
               + " DefaultAppPool\r\n";
    }
    return out;
}

bool ArchiveFixture::writeZip(const QString &path, const std::vector<Member> &members)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Member &m : members) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(m.name);
        info.dateTime = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        const char *password = m.password.isEmpty() ? nullptr : m.password.constData();
        const quint32 crc = quint32(
            crc32(0, reinterpret_cast<const Bytef *>(m.data.constData()), uInt(m.data.size())));
        if (!file.open(QIODevice::WriteOnly, info, password, crc, m.stored ? 0 : Z_DEFLATED,
                       m.stored ? 0 : Z_BEST_COMPRESSION))
            return false;
        if (file.write(m.data) != m.data.size())
            return false;
        file.close();
        if (file.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

QByteArray ArchiveFixture::gzip(const QByteArray &data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

bool ArchiveFixture::patchDeclaredSize(const QString &zipPath, const QString &member, quint32 size)
{
    QByteArray zip = readAll(zipPath);
    const qsizetype entry = centralEntry(zip, member);
    if (entry < 0)
        return false;
    put32(zip, entry + 24, size);
    // The local header repeats the size unless a data descriptor follows the data.
    const qsizetype local = qsizetype(le32(zip, entry + 42));
    if ((le16(zip, local + 6) & 0x8) == 0)
        put32(zip, local + 22, size);
    return writeBack(zipPath, zip);
}

bool ArchiveFixture::damageMember(const QString &zipPath, const QString &member)
{
    QByteArray zip = readAll(zipPath);
    const qsizetype entry = centralEntry(zip, member);
    if (entry < 0)
        return false;
    const qsizetype local = qsizetype(le32(zip, entry + 42));
    const qsizetype dataStart = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
    const qsizetype compressed = qsizetype(le32(zip, entry + 20));
    for (qsizetype i = compressed / 3; i < compressed / 3 + 16 && i < compressed; ++i)
        zip[dataStart + i] = char(~zip[dataStart + i]);
    return writeBack(zipPath, zip);
}
