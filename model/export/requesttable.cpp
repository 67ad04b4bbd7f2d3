#include "requesttable.h"

#include <string>

namespace {
constexpr size_t RowsPerBatch = 64 * 1024;

struct Slot
{
    bool text;
    int field; // a RequestField::Text or Number
    size_t column;
};

// One batch of `rows` (all of one file), with the fields `names` lists.
void appendBatch(const RequestStore &requests, const std::vector<uint32_t> &rows, size_t from,
                 size_t to, LogStore &out)
{
    using RequestField::Number;
    using RequestField::Text;
    LogBatch batch;
    batch.fileIndex = int32_t(requests.fileIndex(rows[from]));
    LogBatch::Layout layout{{"date", "time"}, {LogBatch::DateSlot, LogBatch::TimeSlot}};
    std::vector<Slot> slots;
    const auto add = [&](bool text, int field, std::string_view name) {
        const size_t column = batch.columnFor(LogFields::fromId(name), std::string(name));
        slots.push_back({text, field, column});
        layout.names.emplace_back(name);
        layout.columns.push_back(int(column));
    };
    for (int t = 0; t < RequestField::TextCount; ++t) {
        if (requests.has(Text(t)))
            add(true, t, RequestField::name(Text(t)));
    }
    for (int n = 0; n < RequestField::NumberCount; ++n) {
        if (requests.has(Number(n)))
            add(false, n, RequestField::name(Number(n)));
    }
    const uint32_t layoutId = batch.layoutFor(std::move(layout));
    std::string number;
    for (size_t i = from; i < to; ++i) {
        const uint32_t r = rows[i];
        batch.times.push_back(requests.time(r));
        batch.lines.push_back(requests.line(r));
        batch.rowLayouts.push_back(layoutId);
        for (const Slot &slot : slots) {
            LogBatch::Column &column = batch.columns[slot.column];
            if (slot.text) {
                column.ids.push_back(column.pool.intern(requests.text(Text(slot.field), r)));
                continue;
            }
            const uint32_t value = requests.number(Number(slot.field), r);
            number = value == RequestField::NoNumber ? std::string() : std::to_string(value);
            column.ids.push_back(column.pool.intern(number));
        }
    }
    out.append(batch);
}
} // namespace

void RequestTable::fill(const RequestStore &requests, LogStore &out)
{
    out.clear();
    out.setFileSet(requests.fileSet());
    // File by file (each in time order), then one merge: few runs, cheap to sort.
    std::vector<std::vector<uint32_t>> byFile;
    for (size_t r = 0; r < requests.rowCount(); ++r) {
        const uint32_t file = requests.fileIndex(r);
        if (file >= byFile.size())
            byFile.resize(file + 1);
        byFile[file].push_back(uint32_t(r));
    }
    out.reserve(requests.rowCount());
    for (const std::vector<uint32_t> &rows : byFile) {
        for (size_t from = 0; from < rows.size(); from += RowsPerBatch)
            appendBatch(requests, rows, from, std::min(rows.size(), from + RowsPerBatch), out);
    }
    out.sortByTime();
}

bool RequestTable::holdsRequests(const LogStore &store)
{
    return store.columnOf(std::string_view("cs-uri-stem")) >= 0
           && store.columnOf(LogField::Reason) < 0;
}
