#include "rowlocator.h"

#include "logfiltermodel.h"
#include "logtablemodel.h"

int RowLocator::earliest(const LogFilterModel &model, int64_t from, int64_t to,
                         std::optional<uint32_t> reason)
{
    if (!model.tableModel())
        return -1;
    const LogStore &store = model.tableModel()->store();
    const int reasonColumn = store.columnOf(LogField::Reason);
    if (reason && reasonColumn < 0)
        return -1;
    const std::vector<uint32_t> &rows = model.sourceRows();
    int best = -1;
    int64_t bestTime = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const int64_t t = store.time(rows[i]);
        if (t < from || t > to || (best >= 0 && t >= bestTime))
            continue;
        if (reason && store.id(size_t(reasonColumn), rows[i]) != *reason)
            continue;
        best = int(i);
        bestTime = t;
    }
    return best;
}
