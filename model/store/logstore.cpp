#include "logstore.h"

#include "timeorder.h"

#include <algorithm>
#include <numeric>

int LogStore::columnOf(LogField field) const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].field == field && field != LogField::Extra)
            return int(i);
    }
    return -1;
}

int LogStore::columnOf(std::string_view name) const
{
    const LogField field = LogFields::fromId(name);
    if (field != LogField::Extra)
        return columnOf(field);
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].field == LogField::Extra && m_columns[i].name == name)
            return int(i);
    }
    return -1;
}

size_t LogStore::ensureColumn(LogField field, const std::string &name)
{
    const int existing = field == LogField::Extra ? columnOf(name) : columnOf(field);
    if (existing >= 0)
        return size_t(existing);
    m_columns.push_back({name, field, {}, {}, {}});
    m_columns.back().ids.reserve(std::max(m_reserved, rowCount()));
    m_columns.back().ids.appendZeros(rowCount());
    return m_columns.size() - 1;
}

std::vector<size_t> LogStore::append(const LogBatch &batch)
{
    std::vector<size_t> created;
    const size_t count = batch.rowCount();
    if (count == 0)
        return created;

    // Columns first, while rowCount() is still the count before this batch.
    std::vector<size_t> targets;
    for (const LogBatch::Column &in : batch.columns) {
        const size_t columnsBefore = m_columns.size();
        targets.push_back(ensureColumn(in.field, in.name));
        if (m_columns.size() > columnsBefore)
            created.push_back(targets.back());
    }

    appendTimed(batch.times, batch.lines, uint32_t(batch.fileIndex));
    appendLayouts(batch, targets);

    std::vector<bool> filled(m_columns.size(), false);
    std::vector<uint32_t> remap;
    for (size_t c = 0; c < batch.columns.size(); ++c) {
        const LogBatch::Column &in = batch.columns[c];
        Column &out = m_columns[targets[c]];
        const std::vector<uint32_t> *ids = &remap;
        uint32_t maxId = 0;
        const LogBatch::StoreIds &known = in.storeIds;
        if (known.valid && out.pool.size() == known.base && out.pool.chain() == known.chain) {
            // The loading thread mapped the strings already: add only the new ones.
            for (const uint32_t local : known.newLocals)
                out.pool.intern(in.pool.view(local));
            ids = &known.ids;
            maxId = known.maxId;
        } else {
            remap.resize(in.pool.size());
            remap[0] = StringPool::EmptyId;
            for (uint32_t local = 1; local < in.pool.size(); ++local) {
                remap[local] = out.numbers.intern(out.pool, in.pool.view(local));
                maxId = std::max(maxId, remap[local]);
            }
        }
        const size_t n = std::min(in.ids.size(), count);
        out.ids.append(in.ids.data(), n, *ids, maxId);
        if (n < count)
            out.ids.appendZeros(count - n);
        filled[targets[c]] = true;
    }
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (!filled[i])
            m_columns[i].ids.appendZeros(count);
    }
    return created;
}

void LogStore::reserve(size_t rows)
{
    m_reserved = rows;
    reserveTimed(rows);
    m_rowLayouts.reserve(rows);
    for (Column &c : m_columns)
        c.ids.reserve(rows);
}

size_t LogStore::estimateRows(uint64_t totalBytes, const LogBatch &sample)
{
    if (sample.bytes == 0 || sample.rowCount() == 0)
        return 0;
    const double perByte = double(sample.rowCount()) / double(sample.bytes);
    return size_t(double(totalBytes) * perByte * 1.04) + 64;
}

void LogStore::appendLayouts(const LogBatch &batch, const std::vector<size_t> &targets)
{
    // Local layout i maps to global id remap[i]; the extra last entry stands for "unknown".
    std::vector<uint32_t> remap;
    uint32_t maxId = 0;
    for (const LogBatch::Layout &in : batch.layouts) {
        RowLayout layout;
        for (size_t s = 0; s < in.names.size(); ++s) {
            const int c = in.columns[s];
            layout.fields.push_back({in.names[s], c < 0 ? c : int(targets[size_t(c)])});
        }
        auto it = std::find_if(m_layouts.begin(), m_layouts.end(),
                               [&](const RowLayout &l) { return l.fields == layout.fields; });
        if (it == m_layouts.end())
            it = m_layouts.insert(m_layouts.end(), std::move(layout));
        remap.push_back(uint32_t(it - m_layouts.begin()) + 1);
        maxId = std::max(maxId, remap.back());
    }
    const uint32_t unknown = uint32_t(remap.size());
    remap.push_back(0);
    std::vector<uint32_t> local(batch.rowCount(), unknown);
    const size_t known = std::min(batch.rowLayouts.size(), local.size());
    for (size_t r = 0; r < known; ++r) {
        if (batch.rowLayouts[r] < unknown)
            local[r] = batch.rowLayouts[r];
    }
    m_rowLayouts.append(local.data(), local.size(), remap, maxId);
}

void LogStore::sortByTime()
{
    if (!m_ordered)
        adopt(reorderedByTime());
}

LogStore::Reordered LogStore::reorderedByTime() const
{
    const std::vector<uint32_t> order = TimeOrder::stable(m_times);
    Reordered r;
    r.times.resize(order.size());
    r.lines.resize(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        r.times[i] = m_times[order[i]];
        r.lines[i] = m_lines[order[i]];
    }
    r.files = m_files.permuted(order);
    r.rowLayouts = m_rowLayouts.permuted(order);
    for (const Column &c : m_columns)
        r.ids.push_back(c.ids.permuted(order));
    return r;
}

void LogStore::adopt(Reordered &&reordered)
{
    m_times.swap(reordered.times);
    m_lines.swap(reordered.lines);
    m_files = std::move(reordered.files);
    m_rowLayouts = std::move(reordered.rowLayouts);
    for (size_t c = 0; c < m_columns.size() && c < reordered.ids.size(); ++c)
        m_columns[c].ids = std::move(reordered.ids[c]);
    m_ordered = true;
    // The rows in time order: the span is at both ends.
    m_firstTime = m_times.empty() ? 0 : m_times.front();
    m_lastTime = m_times.empty() ? 0 : m_times.back();
}

void LogStore::clear()
{
    clearTimed();
    m_rowLayouts.clear();
    m_layouts.clear();
    m_columns.clear();
    m_reserved = 0;
}

size_t LogStore::memoryBytes() const
{
    size_t bytes = timedMemoryBytes() + m_rowLayouts.memoryBytes();
    for (const Column &c : m_columns)
        bytes += c.ids.memoryBytes() + c.pool.memoryBytes() + c.numbers.memoryBytes();
    return bytes;
}
