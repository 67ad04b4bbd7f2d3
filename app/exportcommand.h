#pragma once

struct CommandLineOptions;

// --export and --report: loads without a window, writes the rows (format by extension) and/or
// the report, and returns the exit status: 0 when everything was written, 1 when a file could
// not be written (nothing is left behind) or no row could be read.
namespace ExportCommand {
int run(const CommandLineOptions &options);
}
