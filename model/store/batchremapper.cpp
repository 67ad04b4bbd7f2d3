#include "batchremapper.h"

BatchRemapper::Column &BatchRemapper::columnFor(const LogBatch::Column &in)
{
    // The same rule as LogStore::ensureColumn: known fields by field, others by name.
    for (const auto &c : m_columns) {
        if (in.field == LogField::Extra ? c->field == LogField::Extra && c->name == in.name
                                        : c->field == in.field)
            return *c;
    }
    m_columns.push_back(std::make_unique<Column>(Column{in.field, in.name, {}, {}}));
    return *m_columns.back();
}

void BatchRemapper::annotate(LogBatch &batch)
{
    if (batch.rowCount() == 0)
        return; // the store skips batches without rows
    for (LogBatch::Column &in : batch.columns) {
        Column &mirror = columnFor(in);
        LogBatch::StoreIds &out = in.storeIds;
        out.base = mirror.pool.size();
        out.chain = mirror.pool.chain();
        out.ids.assign(in.pool.size(), StringPool::EmptyId);
        out.newLocals.clear();
        out.maxId = 0;
        for (uint32_t local = 1; local < in.pool.size(); ++local) {
            const uint32_t before = mirror.pool.size();
            const uint32_t id = mirror.numbers.intern(mirror.pool, in.pool.view(local));
            if (id == before)
                out.newLocals.push_back(local);
            out.ids[local] = id;
            out.maxId = std::max(out.maxId, id);
        }
        out.valid = true;
    }
}
