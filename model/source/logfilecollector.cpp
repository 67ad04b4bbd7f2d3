#include "logfilecollector.h"

#include "nativepath.h"
#include "rolloverorder.h"
#include "ziparchive.h"

#include <QSet>

bool LogFileCollector::isLogName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".log"), Qt::CaseInsensitive);
}

bool LogFileCollector::isFolderLogName(const QString &fileName)
{
    return isLogName(fileName) || fileName.endsWith(QLatin1String(".log.gz"), Qt::CaseInsensitive);
}

bool LogFileCollector::isZipArchive(const QString &path)
{
    // By name only: a zip renamed to .log is reported as binary data, not opened.
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

void LogFileCollector::sortRollover(QStringList &files)
{
    std::vector<LogSource> sources;
    sources.reserve(size_t(files.size()));
    for (const QString &file : std::as_const(files))
        sources.push_back(LogSource::file(file));
    RolloverOrder::sort(sources);
    for (size_t i = 0; i < sources.size(); ++i)
        files[qsizetype(i)] = sources[i].path();
}

void LogFileCollector::add(const LogSource &source, Result &result)
{
    result.sources.push_back(source);
    result.files << source.key();
}

void LogFileCollector::collectFolder(const QString &path, Result &result)
{
    // Subfolders too, as in a zip archive: an unpacked support bundle keeps each server's
    // logs in a folder of its own. Symbolic links to folders are not followed (no cycles).
    // Listed by the names' bytes: a file whose name is not UTF-8 is found and opened too.
    std::vector<LogSource> found;
    for (const QString &file : NativePath::filesUnder(path)) {
        if (isFolderLogName(file.mid(file.lastIndexOf(QLatin1Char('/')) + 1)))
            found.push_back(LogSource::file(file));
    }
    if (found.empty()) {
        LogProblem p;
        p.code = LogProblem::Code::EmptyFolder;
        p.path = path;
        result.problems.push_back(p);
    }
    RolloverOrder::sort(found);
    for (const LogSource &source : found)
        add(source, result);
}

LogFileCollector::Result LogFileCollector::collect(const QStringList &paths)
{
    Result result;
    for (const QString &path : paths) {
        const NativePath::Info info = NativePath::info(path);
        if (LogSource::isStandardInput(path)) {
            add(LogSource::standardInput(), result);
        } else if (!info.exists) {
            LogProblem p;
            p.code = LogProblem::Code::Missing;
            p.path = path;
            result.problems.push_back(p);
        } else if (info.isDir) {
            collectFolder(path, result);
        } else if (isZipArchive(path)) {
            ZipArchive::Listing listing = ZipArchive::list(path);
            for (const LogSource &source : listing.sources)
                add(source, result);
            result.problems.insert(result.problems.end(), listing.problems.begin(),
                                   listing.problems.end());
        } else {
            add(LogSource::file(path), result);
        }
    }
    // The same log named twice (a folder and a file in it) is read once.
    QSet<QString> seen;
    Result unique;
    unique.problems = std::move(result.problems);
    for (const LogSource &source : result.sources) {
        if (!seen.contains(source.key())) {
            seen.insert(source.key());
            add(source, unique);
        }
    }
    unique.fileSet = LogFileSet::build(paths, unique.files);
    return unique;
}
