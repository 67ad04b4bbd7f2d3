#include "exportcolumn.h"

#include <algorithm>

namespace {
bool sameIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
               return lower(x) == lower(y);
           });
}
} // namespace

std::vector<ExportColumn> ExportColumn::all(const LogStore &store)
{
    std::vector<ExportColumn> out{time()};
    for (size_t c = 0; c < store.columnCount(); ++c)
        out.push_back(field(int(c)));
    out.push_back(server());
    out.push_back(file());
    out.push_back(line());
    return out;
}

std::string ExportColumn::name(const LogStore &store, const ExportColumn &column)
{
    switch (column.kind) {
    case Kind::Time:
        return "time";
    case Kind::Server:
        return "server";
    case Kind::File:
        return "file";
    case Kind::Line:
        return "line";
    case Kind::Field: {
        const LogStore::Column &c = store.column(size_t(column.storeColumn));
        return c.field == LogField::Extra ? c.name : std::string(LogFields::id(c.field));
    }
    }
    return {};
}

std::optional<ExportColumn> ExportColumn::find(const LogStore &store, std::string_view name)
{
    if (sameIgnoringCase(name, "date"))
        return time();
    for (const ExportColumn &column : all(store)) {
        if (sameIgnoringCase(name, ExportColumn::name(store, column)))
            return column;
    }
    return std::nullopt;
}

std::vector<std::string> ExportColumn::names(const LogStore &store)
{
    std::vector<std::string> out;
    for (const ExportColumn &column : all(store))
        out.push_back(name(store, column));
    return out;
}
