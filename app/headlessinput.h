#pragma once

#include "directloader.h"

#include <memory>
#include <vector>

struct CommandLineOptions;

// What every headless command starts from, made once: the inputs loaded (problems reported on
// stderr) and the command-line filters applied with the window's RowFilter, so --summary,
// --export and --report all see the same rows.
struct HeadlessInput
{
    DirectLoader::Result loaded;
    std::shared_ptr<const std::vector<uint32_t>> rows; // passing store rows; null: not filtered

    // Loads options.inputs() and applies options.filter.
    static std::unique_ptr<HeadlessInput> load(const CommandLineOptions &options);

    const LogStore &store() const { return loaded.store; }
    bool isFiltered() const { return rows != nullptr; }
    uint64_t passingCount() const { return rows ? rows->size() : loaded.store.rowCount(); }
};
