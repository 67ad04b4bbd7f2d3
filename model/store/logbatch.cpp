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

uint32_t LogBatch::layoutFor(Layout &&layout)
{
    for (size_t i = 0; i < layouts.size(); ++i) {
        if (layouts[i] == layout)
            return uint32_t(i);
    }
    layouts.push_back(std::move(layout));
    return uint32_t(layouts.size() - 1);
}
