#pragma once

struct CommandLineOptions;
struct HeadlessInput;

// --summary: prints totals of the rows HeadlessInput loaded and filtered, as text or (with
// --json) one JSON object, to stdout.
namespace SummaryCommand {
void print(const HeadlessInput &input, const CommandLineOptions &options);
}
