#include "logbatch.h"

size_t LogBatch::columnFor(LogField field, const std::string &name)
{
    for (size_t i = 0; i < columns.size(); ++i) {
        if (field == LogField::Extra ? columns[i].name == name : columns[i].field == field)
            return i;
    }
    columns.push_back({name, field, {}, {}, {}});
    return columns.size() - 1;
}
