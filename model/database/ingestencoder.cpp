#include "ingestencoder.h"

#include "clickhouseschema.h"
#include "clientipcriterion.h"
#include "rowbinary.h"

#include <algorithm>
#include <array>

namespace {
constexpr std::string_view Empty = "-";

// Where each part of a row comes from in one batch.
struct BatchPlan
{
    std::array<int, ClickHouseSchema::FieldColumns.size()> fieldSource; // batch column or -1
    int clientIp = -1;
    std::vector<std::vector<int>> extras; // per batch layout: batch columns of `extra`
    std::vector<uint16_t> layoutIds;      // per batch layout: the file's layout index
};

BatchPlan planFor(const LogBatch &batch, LedgerEntry &file)
{
    BatchPlan plan;
    plan.fieldSource.fill(-1);
    std::vector<bool> dedicated(batch.columns.size(), false);
    for (size_t c = 0; c < batch.columns.size(); ++c) {
        const std::optional<int> i = ClickHouseSchema::fieldColumnIndex(batch.columns[c].field);
        if (i && plan.fieldSource[size_t(*i)] < 0) {
            plan.fieldSource[size_t(*i)] = int(c);
            dedicated[c] = true;
        }
        if (batch.columns[c].field == LogField::ClientIp && plan.clientIp < 0)
            plan.clientIp = int(c);
    }
    for (const LogBatch::Layout &layout : batch.layouts) {
        std::vector<int> extras;
        for (const int c : layout.columns) {
            if (c >= 0 && !dedicated[size_t(c)])
                extras.push_back(c);
        }
        plan.extras.push_back(std::move(extras));
        plan.layoutIds.push_back(file.layoutIndex(layout));
    }
    return plan;
}

std::string_view valueOf(const LogBatch::Column &column, size_t row)
{
    const uint32_t id = row < column.ids.size() ? column.ids[row] : 0;
    return id == StringPool::EmptyId ? Empty : column.pool.view(id);
}
} // namespace

IngestEncoder::Address IngestEncoder::address(std::string_view text)
{
    Address a;
    const ClientIpCriterion::Value value = ClientIpCriterion::parseValue(text);
    if (value.forms.empty())
        return a;
    const QHostAddress &first = value.forms.front();
    if (first.protocol() == QAbstractSocket::IPv4Protocol) {
        a.kind = ClickHouseSchema::IPv4;
        a.v4 = first.toIPv4Address();
        return a;
    }
    a.kind = ClickHouseSchema::IPv6;
    const Q_IPV6ADDR bytes = first.toIPv6Address();
    std::copy(std::begin(bytes.c), std::end(bytes.c), std::begin(a.v6));
    if (value.forms.size() > 1)
        a.v4 = value.forms[1].toIPv4Address();
    return a;
}

void IngestEncoder::encode(const LogBatch &batch, LedgerEntry &file, QByteArray &out)
{
    const size_t rows = batch.rowCount();
    file.malformed += batch.malformed;
    if (rows == 0)
        return;
    file.noteColumns(batch);
    const BatchPlan plan = planFor(batch, file);
    // The address columns once per distinct value of this batch.
    std::vector<Address> addresses;
    if (plan.clientIp >= 0) {
        const StringPool &pool = batch.columns[size_t(plan.clientIp)].pool;
        addresses.resize(pool.size());
        for (uint32_t id = 1; id < pool.size(); ++id)
            addresses[id] = address(pool.view(id));
    }
    const QByteArray server = file.server.toUtf8();
    const std::string_view serverView(server.constData(), size_t(server.size()));
    out.reserve(out.size() + qsizetype(rows) * 160);
    RowBinaryWriter w(out);
    const auto [lo, hi] = std::minmax_element(batch.times.begin(), batch.times.end());
    file.first = file.rows == 0 ? *lo : std::min(file.first, *lo);
    file.last = file.rows == 0 ? *hi : std::max(file.last, *hi);
    file.rows += rows;
    for (size_t r = 0; r < rows; ++r) {
        w.u32(uint32_t(std::clamp<int64_t>(batch.times[r], 0, int64_t(UINT32_MAX))));
        w.string(serverView);
        w.u64(file.fileKey);
        w.u32(batch.lines[r]);
        const uint32_t layout = r < batch.rowLayouts.size() ? batch.rowLayouts[r] : UINT32_MAX;
        const bool hasLayout = layout < plan.layoutIds.size();
        w.u16(hasLayout ? plan.layoutIds[layout] : LedgerEntry::NoLayout);
        for (const int c : plan.fieldSource)
            w.string(c < 0 ? Empty : valueOf(batch.columns[size_t(c)], r));
        Address none;
        const Address *a = &none;
        if (plan.clientIp >= 0) {
            const auto &ids = batch.columns[size_t(plan.clientIp)].ids;
            const uint32_t id = r < ids.size() ? ids[r] : 0;
            if (id != 0)
                a = &addresses[id];
        }
        w.u8(a->kind);
        w.i64(a->v4);
        w.fixed(a->v6, 16);
        if (!hasLayout) {
            w.varint(0);
            continue;
        }
        const std::vector<int> &extras = plan.extras[layout];
        w.varint(extras.size());
        for (const int c : extras)
            w.string(valueOf(batch.columns[size_t(c)], r));
    }
}
