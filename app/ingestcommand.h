#pragma once

struct CommandLineOptions;

// --ingest URL FILES…: sends the rows to ClickHouse (IngestJob) with progress on stderr and
// says what was sent, skipped and counted. Returns the exit status (CommandLine::ExitStatus).
namespace IngestCommand {
int run(const CommandLineOptions &options);
}
