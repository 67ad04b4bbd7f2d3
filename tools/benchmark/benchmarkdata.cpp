#include "benchmarkdata.h"

#include "loggenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
// A hard link costs no disk space (Unix); a copy where there is none or the file system has none.
bool linkOrCopy(const QString &source, const QString &target)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0)
        return true;
#endif
    return QFile::copy(source, target);
}

// Bump when the generator changes, so kept files are made again.
constexpr int GeneratorVersion = 1;
constexpr uint64_t Seed = 20240101;
constexpr qint64 BytesPerLine = 104; // measured average of the generator's lines

void tell(const QString &what)
{
    std::printf("# generating %s ...\n", qPrintable(what));
    std::fflush(stdout);
}
} // namespace

BenchmarkData::BenchmarkData(const QString &dir)
    : m_dir(dir)
{
    QDir().mkpath(m_dir);
}

bool BenchmarkData::isDone(const QString &path) const
{
    QFile stamp(path + QStringLiteral(".done"));
    return stamp.open(QIODevice::ReadOnly) && stamp.readAll().trimmed().toInt() == GeneratorVersion;
}

void BenchmarkData::markDone(const QString &path) const
{
    QFile stamp(path + QStringLiteral(".done"));
    if (stamp.open(QIODevice::WriteOnly | QIODevice::Truncate))
        stamp.write(QByteArray::number(GeneratorVersion));
}

QString BenchmarkData::bigFile(uint64_t lines)
{
    return generatedFile(QStringLiteral("httperr-%1-lines.log").arg(lines), lines,
                         LogGenerator::Options().linesPerBlock);
}

QString BenchmarkData::singleLayoutFile(uint64_t lines)
{
    return generatedFile(QStringLiteral("httperr-%1-lines-13-fields.log").arg(lines), lines, lines);
}

QString BenchmarkData::generatedFile(const QString &name, uint64_t lines, uint64_t linesPerBlock)
{
    const QString path = m_dir + QLatin1Char('/') + name;
    if (isDone(path))
        return path;
    tell(name);
    LogGenerator generator(Seed + lines);
    LogGenerator::Options options;
    options.lines = lines;
    options.linesPerBlock = linesPerBlock;
    if (!generator.writeFile(path, options))
        qFatal("cannot write %s", qPrintable(path));
    markDone(path);
    return path;
}

QString BenchmarkData::folder(int count, qint64 bytesEach)
{
    const QString path = m_dir + QStringLiteral("/bundle-%1x%2").arg(count).arg(bytesEach);
    if (isDone(path))
        return path;
    tell(QFileInfo(path).fileName());
    QDir(path).removeRecursively();
    QDir().mkpath(path);
    // One generator for the whole folder: time runs on from file to file, as in a real bundle.
    LogGenerator generator(Seed);
    for (int i = 1; i <= count; ++i) {
        LogGenerator::Options options;
        options.lines = uint64_t(bytesEach / BytesPerLine);
        options.linesPerBlock = options.lines / 2 + 1;
        options.firstLayout = i;
        options.headers = i % 25 != 0; // a few header-less files, as old servers write them
        const QString file = path + QStringLiteral("/httperr%1.log").arg(i);
        if (!generator.writeFile(file, options))
            qFatal("cannot write %s", qPrintable(file));
    }
    markDone(path);
    return path;
}

QString BenchmarkData::serversFolder(uint64_t lines)
{
    const QString path = m_dir + QStringLiteral("/servers-%1").arg(lines);
    if (isDone(path))
        return path;
    const QString source = bigFile(lines / 2);
    tell(QFileInfo(path).fileName());
    QDir(path).removeRecursively();
    for (const char *server : {"server1", "server2"}) {
        const QString target = path + QStringLiteral("/%1/httperr1.log").arg(QLatin1String(server));
        QDir().mkpath(QFileInfo(target).path());
        if (!linkOrCopy(source, target))
            qFatal("cannot write %s", qPrintable(target));
    }
    markDone(path);
    return path;
}

QString BenchmarkData::oneRowName(int i)
{
    return QStringLiteral("WEB%1/LogFiles/HTTPERR/httperr%2.log")
        .arg(i % 4 + 1, 2, 10, QLatin1Char('0'))
        .arg(i);
}

QByteArray BenchmarkData::oneRowLog(int i)
{
    // One row a minute from 2026-01-01 00:00, so the rows never overlap between servers' files.
    const int minute = i % 1440;
    const QByteArray time = QStringLiteral("%1:%2:00")
                                .arg(minute / 60, 2, 10, QLatin1Char('0'))
                                .arg(minute % 60, 2, 10, QLatin1Char('0'))
                                .toLatin1();
    return "#Software: Microsoft HTTP API 2.0\r\n#Version: 1.0\r\n#Date: 2026-01-01 00:00:00\r\n"
           "#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri sc-status "
           "s-siteid s-reason s-queuename\r\n2026-01-01 "
           + time + " 10.0.0." + QByteArray::number(i % 250) + " 50000 10.0.1.1 80 HTTP/1.1 GET /r"
           + QByteArray::number(i) + " 400 - BadRequest -\r\n";
}

QString BenchmarkData::oneRowZip(int count)
{
    const QString path = m_dir + QStringLiteral("/bundle-%1-members.zip").arg(count);
    if (isDone(path))
        return path;
    tell(QFileInfo(path).fileName());
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot write %s", qPrintable(path));
    for (int i = 1; i <= count; ++i) {
        QuaZipFile member(&zip);
        if (!member.open(QIODevice::WriteOnly, QuaZipNewInfo(oneRowName(i)))
            || member.write(oneRowLog(i)) < 0)
            qFatal("cannot write %s", qPrintable(path));
        member.close();
    }
    zip.close();
    markDone(path);
    return path;
}

QString BenchmarkData::oneRowFolder(int count)
{
    const QString path = m_dir + QStringLiteral("/bundle-%1-files").arg(count);
    if (isDone(path))
        return path;
    tell(QFileInfo(path).fileName());
    QDir(path).removeRecursively();
    for (int i = 1; i <= count; ++i) {
        const QString file = path + QLatin1Char('/') + oneRowName(i);
        QDir().mkpath(QFileInfo(file).path());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(oneRowLog(i)) < 0)
            qFatal("cannot write %s", qPrintable(file));
    }
    markDone(path);
    return path;
}
