#include "benchmarkdata.h"

#include "loggenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <unistd.h>

namespace {
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
        // A hard link costs no disk space; a copy where the file system has none.
        if (::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData())
                != 0
            && !QFile::copy(source, target))
            qFatal("cannot write %s", qPrintable(target));
    }
    markDone(path);
    return path;
}
