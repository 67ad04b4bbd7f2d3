#include "headlesscommand.h"

#include "commandline.h"
#include "console.h"
#include "exportcommand.h"
#include "headlessinput.h"
#include "nativepath.h"
#include "sessionfile.h"
#include "summarycommand.h"

#include <QCoreApplication>

namespace {
// A session file among the inputs stands for its files, and for its filters unless the command
// line gives some. False (the error printed) when one cannot be read.
bool expandSessions(CommandLineOptions &options)
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
        paths << session->paths;
        if (!options.hasFilter) {
            options.filter = session->filter;
            options.hasFilter = !session->filter.isEmpty();
        }
    }
    options.paths = paths;
    return true;
}
} // namespace

int HeadlessCommand::run(const CommandLineOptions &given)
{
    CommandLineOptions options = given;
    Console::setQuiet(options.quiet);
    if (!expandSessions(options))
        return CommandLine::Failure;
    const std::unique_ptr<HeadlessInput> input = HeadlessInput::load(options);
    if (input->failed)
        return CommandLine::Failure;
    if (input->totalRows() == 0) {
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
