#include "ziparchive.h"

#include "rolloverorder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
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

bool ZipArchive::leadsOut(const QString &member)
{
    if (member.startsWith(QLatin1Char('/')) || member.startsWith(QLatin1Char('\\'))
        || (member.size() >= 2 && member.at(1) == QLatin1Char(':')))
        return true;
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    return member.split(separators).contains(QLatin1String(".."));
}

namespace {
// Every entry of the central directory with where it sits, read in one pass.
struct DirectoryEntry
{
    QuaZipFileInfo64 info;
    ZipEntry position;
};

bool readDirectory(QuaZip &zip, std::vector<DirectoryEntry> &entries)
{
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        DirectoryEntry entry;
        unz64_file_pos position;
        if (!zip.getCurrentFileInfo(&entry.info)
            || unzGetFilePos64(zip.getUnzFile(), &position) != UNZ_OK)
            return false;
        entry.position = {position.pos_in_zip_directory, position.num_of_file};
        entries.push_back(std::move(entry));
    }
    return zip.getZipError() == UNZ_OK;
}
} // namespace

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
    std::vector<DirectoryEntry> entries;
    if (!readDirectory(zip, entries)) {
        problem.code = LogProblem::Code::DamagedArchive;
        problem.detail =
            QStringLiteral("damaged zip directory (zip error %1)").arg(zip.getZipError());
        listing.problems.push_back(problem);
    }
    QSet<QString> names; // of the members read: a second one of a name is skipped
    for (const DirectoryEntry &entry : entries) {
        const QString &name = entry.info.name;
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder
        LogProblem skipped = problem;
        skipped.path = archivePath + LogSource::separator() + name;
        if (!isLogMember(name))
            skipped.code = LogProblem::Code::NotALog;
        else if (leadsOut(name))
            skipped.code = LogProblem::Code::UnsafeName;
        else if (names.contains(name))
            skipped.code = LogProblem::Code::DuplicateMember;
        else
            skipped.path.clear();
        if (!skipped.path.isEmpty()) {
            listing.problems.push_back(skipped);
            continue;
        }
        names.insert(name);
        listing.sources.push_back(
            LogSource::zipMember(archivePath, name, qint64(entry.info.compressedSize),
                                 qint64(entry.info.uncompressedSize), entry.position));
    }
    if (listing.sources.empty()) {
        problem.code = LogProblem::Code::EmptyArchive;
        listing.problems.insert(listing.problems.begin(), problem);
    }
    RolloverOrder::sort(listing.sources);
    return listing;
}
