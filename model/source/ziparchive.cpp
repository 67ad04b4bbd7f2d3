#include "ziparchive.h"

#include "rolloverorder.h"

#include <QCoreApplication>
#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>

bool ZipArchive::hasMagic(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

bool ZipArchive::isLogMember(const QString &member)
{
    QString name = member.mid(member.lastIndexOf(QLatin1Char('/')) + 1);
    if (name.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
        name.chop(3);
    return name.endsWith(QLatin1String(".log"), Qt::CaseInsensitive);
}

ZipArchive::Listing ZipArchive::list(const QString &archivePath)
{
    Listing listing;
    LogProblem problem;
    problem.path = archivePath;
    QuaZip zip(archivePath);
    if (!zip.open(QuaZip::mdUnzip)) {
        problem.code = LogProblem::Code::DamagedArchive;
        problem.detail =
            QCoreApplication::translate("ZipArchive", "no zip directory (zip error %1)")
                .arg(zip.getZipError());
        listing.problems.push_back(problem);
        return listing;
    }
    const QList<QuaZipFileInfo64> entries = zip.getFileInfoList64();
    if (zip.getZipError() != UNZ_OK) {
        problem.code = LogProblem::Code::DamagedArchive;
        problem.detail =
            QStringLiteral("damaged zip directory (zip error %1)").arg(zip.getZipError());
        listing.problems.push_back(problem);
    }
    for (const QuaZipFileInfo64 &entry : entries) {
        const QString name = entry.name;
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder
        if (isLogMember(name)) {
            listing.sources.push_back(LogSource::zipMember(archivePath, entry.name,
                                                           qint64(entry.compressedSize),
                                                           qint64(entry.uncompressedSize)));
        } else {
            LogProblem skipped = problem;
            skipped.code = LogProblem::Code::NotALog;
            skipped.path = archivePath + LogSource::separator() + entry.name;
            listing.problems.push_back(skipped);
        }
    }
    if (listing.sources.empty()) {
        problem.code = LogProblem::Code::EmptyArchive;
        listing.problems.insert(listing.problems.begin(), problem);
    }
    RolloverOrder::sort(listing.sources);
    return listing;
}
