#pragma once

struct CommandLineOptions;
struct HeadlessInput;

// --export and --report on the rows HeadlessInput loaded and filtered. Each returns an exit
// status (CommandLine::ExitStatus): 0 when its output was written; otherwise it has said why on
// stderr and left no file behind (2 for a --columns name the rows do not have).
namespace ExportCommand {
// The rows in options.exportFormat (and options.columns) to options.exportPath ("-": stdout).
int exportRows(const HeadlessInput &input, const CommandLineOptions &options);
// The report to options.reportPath (.html or .pdf).
int writeReport(const HeadlessInput &input, const CommandLineOptions &options);
} // namespace ExportCommand
