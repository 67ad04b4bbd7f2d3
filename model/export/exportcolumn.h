#pragma once

#include "logstore.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// One column of an export: the row's time, a field of the store, or where the row came from
// (server, file, line).
struct ExportColumn
{
    enum class Kind : uint8_t { Time, Field, Server, File, Line };
    Kind kind = Kind::Field;
    int storeColumn = -1; // for Field

    static ExportColumn time() { return {Kind::Time, -1}; }
    static ExportColumn field(int storeColumn) { return {Kind::Field, storeColumn}; }
    static ExportColumn server() { return {Kind::Server, -1}; }
    static ExportColumn file() { return {Kind::File, -1}; }
    static ExportColumn line() { return {Kind::Line, -1}; }

    // The time, every field in the order the files list them, then server, file and line.
    static std::vector<ExportColumn> all(const LogStore &store);
    // The name a column has in exported files: the #Fields id for fields (canonical spelling
    // for known ones), "server", "file" and "line" for the origin. The time has two names (date,
    // time).
    static std::string name(const LogStore &store, const ExportColumn &column);

    // The column a name picks, ignoring case: a field's name as above, "time" or "date" for
    // the time, "server", "file", "line". Nothing when the store has no such column.
    static std::optional<ExportColumn> find(const LogStore &store, std::string_view name);
    // The names find() takes, in the order all() lists the columns.
    static std::vector<std::string> names(const LogStore &store);

    bool operator==(const ExportColumn &o) const
    {
        return kind == o.kind && storeColumn == o.storeColumn;
    }
};
