#pragma once

#include "clickhousesummary.h"
#include "directloader.h"
#include "displayzone.h"
#include "reportdata.h"

#include <memory>
#include <optional>
#include <vector>

struct CommandLineOptions;

// What every headless command starts from, made once: the inputs loaded (problems reported on
// stderr) and the command-line filters applied with the window's RowFilter, so --summary,
// --export and --report all see the same rows. A ClickHouse database counts its summary itself
// (ClickHouseSummary) and gives back only the rows an export or a report needs.
struct HeadlessInput
{
    DirectLoader::Result loaded;
    std::shared_ptr<const std::vector<uint32_t>> rows; // passing store rows; null: not filtered
    std::optional<ClickHouseSummary::Result> database; // --summary of a database
    std::optional<uint64_t> databaseRows;              // the database's rows (before any filter)
    bool failed = false; // the database could not be read (the error was printed)
    // What a session file among the inputs brought besides its files and filters: the notes a
    // report lists and the zone it gives its times in (UTC without a session).
    std::vector<ReportData::Bookmark> bookmarks;
    DisplayZone zone;

    // Loads options.inputs() (or reads options.database) and applies options.filter.
    static std::unique_ptr<HeadlessInput> load(const CommandLineOptions &options);
    // The files' problems on stderr, a few malformed lines per file (the rest counted).
    static void printProblems(const std::vector<LogProblem> &problems);

    const LogStore &store() const { return loaded.store; }
    bool isFiltered() const { return rows != nullptr; }
    uint64_t passingCount() const { return rows ? rows->size() : loaded.store.rowCount(); }
    // Every row read, before filtering.
    uint64_t totalRows() const { return databaseRows ? *databaseRows : loaded.store.rowCount(); }

private:
    static std::unique_ptr<HeadlessInput> loadDatabase(const CommandLineOptions &options);
};
