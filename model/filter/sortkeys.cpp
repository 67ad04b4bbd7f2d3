#include "sortkeys.h"

#include <QByteArray>
#include <QHostAddress>

#include <algorithm>
#include <numeric>
#include <string_view>

namespace {
struct Key
{
    uint8_t group = 0; // 0 empty, 1 number or IPv4, 2 IPv6, 3 other text
    uint64_t high = 0; // number (biased so it orders as unsigned) or address bits
    uint64_t low = 0;
};

int compareFolded(std::string_view a, std::string_view b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return (unsigned char)x < (unsigned char)y ? -1 : 1;
    }
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
}

Key numberKey(std::string_view text)
{
    bool ok = false;
    const qlonglong v =
        QByteArray::fromRawData(text.data(), qsizetype(text.size())).toLongLong(&ok);
    if (!ok)
        return {3, 0, 0};
    return {1, uint64_t(v) ^ (uint64_t(1) << 63), 0};
}

Key addressKey(std::string_view text)
{
    std::string_view address = text;
    const size_t percent = address.find('%');
    if (percent != std::string_view::npos)
        address = address.substr(0, percent);
    const QHostAddress parsed(QString::fromLatin1(address.data(), qsizetype(address.size())));
    if (parsed.isNull())
        return {3, 0, 0};
    bool isV4 = false;
    const quint32 v4 = parsed.toIPv4Address(&isV4);
    if (isV4)
        return {1, v4, 0};
    const Q_IPV6ADDR b = parsed.toIPv6Address();
    uint64_t high = 0;
    uint64_t low = 0;
    for (int i = 0; i < 8; ++i) {
        high = high << 8 | b[i];
        low = low << 8 | b[8 + i];
    }
    return {2, high, low};
}
} // namespace

std::vector<uint32_t> SortKeys::rank(const StringPool &pool, LogField field)
{
    const bool numeric = LogFields::isNumeric(field);
    const bool address = field == LogField::ClientIp || field == LogField::ServerIp;
    const uint32_t count = pool.size();
    std::vector<Key> keys(count);
    for (uint32_t id = 1; id < count; ++id) {
        if (numeric)
            keys[id] = numberKey(pool.view(id));
        else if (address)
            keys[id] = addressKey(pool.view(id));
        else
            keys[id] = {3, 0, 0};
    }
    std::vector<uint32_t> order(count);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        const Key &x = keys[a];
        const Key &y = keys[b];
        if (x.group != y.group)
            return x.group < y.group;
        if (x.high != y.high)
            return x.high < y.high;
        if (x.low != y.low)
            return x.low < y.low;
        // Same number or address written differently ("007", "%2" scopes): by text, so the
        // order never depends on which was read first.
        return compareFolded(pool.view(a), pool.view(b)) < 0;
    });
    std::vector<uint32_t> ranks(count);
    for (uint32_t i = 0; i < count; ++i)
        ranks[order[i]] = i;
    return ranks;
}
