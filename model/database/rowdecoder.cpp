#include "rowdecoder.h"

#include "clickhouseschema.h"
#include "rowbinary.h"

#include <array>

RowDecoder::RowDecoder(const ClickHouseCatalog &catalog)
    : m_catalog(catalog)
{
    // Every batch has every column, in the catalog's order, so their indexes are the same in
    // every batch and the store adds them in that order.
    const auto &columns = catalog.columns();
    auto columnOf = [&](LogField field, const std::string &name) {
        for (size_t i = 0; i < columns.size(); ++i) {
            if (field == LogField::Extra ? columns[i].second == name : columns[i].first == field)
                return int(i);
        }
        return -1;
    };
    for (const ClickHouseSchema::FieldColumn &c : ClickHouseSchema::FieldColumns)
        m_fieldColumns.push_back(columnOf(c.field, std::string(LogFields::id(c.field))));
    for (const ClickHouseCatalog::File &file : catalog.files()) {
        std::vector<Layout> layouts;
        for (const QString &line : file.layouts) {
            Layout layout;
            for (const QString &name : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const std::string id = name.toStdString();
                const LogField field = LogFields::fromId(id);
                layout.record.names.push_back(id);
                if (field == LogField::Date || field == LogField::Time) {
                    layout.record.columns.push_back(field == LogField::Date ? LogBatch::DateSlot
                                                                            : LogBatch::TimeSlot);
                    continue;
                }
                const int column = columnOf(field, id);
                layout.record.columns.push_back(column);
                if (!ClickHouseSchema::fieldColumnIndex(field))
                    layout.extraColumns.push_back(column);
            }
            layouts.push_back(std::move(layout));
        }
        m_layouts.push_back(std::move(layouts));
    }
}

QByteArray RowDecoder::selectList()
{
    QByteArray out = "toUInt32(ts), file_key, line, layout, ";
    for (const ClickHouseSchema::FieldColumn &c : ClickHouseSchema::FieldColumns)
        out += QByteArray(c.column) + ", ";
    return out + "extra";
}

LogBatchPtr RowDecoder::newBatch(int file) const
{
    auto batch = std::make_shared<LogBatch>();
    batch->fileIndex = file;
    for (const auto &[field, name] : m_catalog.columns())
        batch->columns.push_back({name, field, {}, {}, {}});
    return batch;
}

bool RowDecoder::decode(const QByteArray &answer, std::vector<LogBatchPtr> &out) const
{
    constexpr uint32_t Unknown = UINT32_MAX;
    RowBinaryReader r(answer);
    LogBatchPtr batch;
    std::vector<int> batchLayouts; // file layout index -> batch layout index, per batch
    std::array<std::string_view, ClickHouseSchema::FieldColumns.size()> values;
    auto close = [&] {
        if (!batch)
            return;
        for (uint32_t &l : batch->rowLayouts) {
            if (l == Unknown)
                l = uint32_t(batch->layouts.size());
        }
        out.push_back(std::move(batch));
        batch.reset();
    };
    while (!r.atEnd()) {
        const int64_t time = r.u32();
        const uint64_t key = r.u64();
        const uint32_t line = r.u32();
        const uint16_t layoutIndex = r.u16();
        for (std::string_view &v : values)
            v = r.string();
        const int file = m_catalog.fileIndex(key);
        if (file >= 0 && (!batch || batch->fileIndex != file)) {
            close();
            batch = newBatch(file);
            batchLayouts.assign(m_layouts[size_t(file)].size(), -1);
        }
        const uint64_t extras = r.varint();
        if (r.failed())
            return false;
        if (file < 0) {
            for (uint64_t i = 0; i < extras; ++i)
                r.string();
            continue;
        }
        const size_t row = batch->times.size();
        batch->times.push_back(time);
        batch->lines.push_back(line);
        for (LogBatch::Column &c : batch->columns)
            c.ids.push_back(StringPool::EmptyId);
        for (size_t k = 0; k < values.size(); ++k) {
            const int c = m_fieldColumns[k];
            if (c >= 0)
                batch->columns[size_t(c)].ids[row] =
                    batch->columns[size_t(c)].pool.intern(values[k]);
        }
        const std::vector<Layout> &layouts = m_layouts[size_t(file)];
        const Layout *layout = layoutIndex < layouts.size() ? &layouts[layoutIndex] : nullptr;
        for (uint64_t i = 0; i < extras; ++i) {
            const std::string_view value = r.string();
            if (layout && i < layout->extraColumns.size() && layout->extraColumns[i] >= 0) {
                LogBatch::Column &c = batch->columns[size_t(layout->extraColumns[i])];
                c.ids[row] = c.pool.intern(value);
            }
        }
        if (!layout) {
            batch->rowLayouts.push_back(Unknown);
            continue;
        }
        int &mapped = batchLayouts[layoutIndex];
        if (mapped < 0)
            mapped = int(batch->layoutFor(LogBatch::Layout(layout->record)));
        batch->rowLayouts.push_back(uint32_t(mapped));
    }
    if (r.failed())
        return false;
    close();
    return true;
}
