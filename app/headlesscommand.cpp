#include "headlesscommand.h"

#include "bookmarkmodel.h"
#include "commandline.h"
#include "console.h"
#include "exportcommand.h"
#include "headlessinput.h"
#include "nativepath.h"
#include "sessionfile.h"
#include "summarycommand.h"

#include <QCoreApplication>

namespace {
// What the session files among the inputs bring besides their files and filters.
struct FromSessions
{
    std::vector<ReportData::Bookmark> bookmarks;
    std::optional<DisplayZone> zone;
};

// The files of `session` (read from `path`) that are there. Each one that is not is named on
// stderr: nobody is asked where it went (there is no window to ask in), the rest are read.
// None (and the error said) when not one of them is there.
std::optional<QStringList> presentPaths(const SessionFile &session, const QString &path)
{
    const QStringList missing = session.missingPaths();
    const QString file = NativePath::display(path);
    if (!missing.isEmpty() && missing.size() == session.paths.size()) {
        QStringList names;
        for (const QString &m : missing)
            names << NativePath::display(m);
        Console::error(
            QCoreApplication::translate("HeadlessCommand",
                                        "%1: none of the session's files is there (moved, or on "
                                        "another machine): %2. Open the session in the window to "
                                        "locate them.")
                .arg(file, names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QStringList present;
    for (const QString &p : session.paths) {
        if (!missing.contains(p)) {
            present << p;
            continue;
        }
        Console::error(QCoreApplication::translate(
                           "HeadlessCommand",
                           "%1: the session's file %2 is not there (moved, or on another "
                           "machine); going on without it.")
                           .arg(file, NativePath::display(p)));
    }
    return present;
}

// A session file among the inputs stands for its files, and for its filters unless the command
// line gives some; its bookmarks and zone go to a report. False (the error printed) when one
// cannot be read or none of its files is there.
bool expandSessions(CommandLineOptions &options, FromSessions &from)
{
    QStringList paths;
    for (const QString &path : options.paths) {
        if (!SessionFile::isSessionPath(path)) {
            paths << path;
            continue;
        }
        QString error;
        const std::optional<SessionFile> session = SessionFile::load(path, &error);
        if (!session) {
            Console::error(error);
            return false;
        }
        const std::optional<QStringList> present = presentPaths(*session, path);
        if (!present)
            return false;
        paths << *present;
        if (!options.hasFilter) {
            options.filter = session->filter;
            options.hasFilter = !session->filter.isEmpty();
        }
        const std::vector<ReportData::Bookmark> notes =
            BookmarkModel::forReport(session->bookmarks);
        from.bookmarks.insert(from.bookmarks.end(), notes.begin(), notes.end());
        if (!from.zone)
            from.zone = DisplayZone::fromId(session->zoneId);
    }
    options.paths = paths;
    return true;
}
} // namespace

int HeadlessCommand::run(const CommandLineOptions &given)
{
    CommandLineOptions options = given;
    Console::setQuiet(options.quiet);
    FromSessions from;
    if (!expandSessions(options, from))
        return CommandLine::Failure;
    const std::unique_ptr<HeadlessInput> input = HeadlessInput::load(options);
    if (input->failed)
        return CommandLine::Failure;
    input->bookmarks = std::move(from.bookmarks);
    input->zone = from.zone.value_or(DisplayZone::utc());
    // Only access-log rows asked for: those are the rows that must be there.
    const bool requestsOnly =
        options.exportRequests && !options.summary && options.reportPath.isEmpty();
    if ((requestsOnly ? input->loaded.requests.rowCount() : input->totalRows()) == 0) {
        // The summary still says what was found (files, malformed lines): it is data too.
        if (options.summary)
            SummaryCommand::print(*input, options);
        Console::error(
            QCoreApplication::translate("SummaryCommand", "No log rows could be read from: %1")
                .arg(NativePath::display(options.inputs().join(QStringLiteral(", ")))));
        return CommandLine::Failure;
    }
    if (!options.exportPath.isEmpty()) {
        if (const int status = ExportCommand::exportRows(*input, options); status != 0)
            return status;
    }
    if (!options.reportPath.isEmpty()) {
        if (const int status = ExportCommand::writeReport(*input, options); status != 0)
            return status;
    }
    if (options.summary)
        SummaryCommand::print(*input, options);
    return CommandLine::Success;
}
