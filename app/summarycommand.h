#pragma once

struct CommandLineOptions;

// --summary: loads without a window, prints totals (text or JSON) to stdout and problems to
// stderr. Returns the process exit status: 0 when at least one row was read.
namespace SummaryCommand {
int run(const CommandLineOptions &options);
}
