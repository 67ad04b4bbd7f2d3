#include "exportcolumn.h"

std::vector<ExportColumn> ExportColumn::all(const LogStore &store)
{
    std::vector<ExportColumn> out{time()};
    for (size_t c = 0; c < store.columnCount(); ++c)
        out.push_back(field(int(c)));
    out.push_back(file());
    out.push_back(line());
    return out;
}

std::string ExportColumn::name(const LogStore &store, const ExportColumn &column)
{
    switch (column.kind) {
    case Kind::Time:
        return "time";
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
