#pragma once

struct CommandLineOptions;

// --summary, --export and --report: one start-up for all of them (HeadlessInput: load once,
// report problems, filter), then each asked-for output in turn. Returns the exit status:
// 0 when everything asked for was written, 1 when no row could be read or an output could not
// be written (CommandLine::ExitStatus).
namespace HeadlessCommand {
int run(const CommandLineOptions &options);
}
