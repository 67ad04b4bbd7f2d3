#include "headlesscommand.h"

#include "commandline.h"
#include "console.h"
#include "exportcommand.h"
#include "headlessinput.h"
#include "nativepath.h"
#include "summarycommand.h"

#include <QCoreApplication>

int HeadlessCommand::run(const CommandLineOptions &options)
{
    Console::setQuiet(options.quiet);
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
