#include "generateddata.h"

#include "logbatch.h"
#include "logtablemodel.h"
#include "timeutil.h"

#include <string>
#include <vector>

namespace {
constexpr size_t BatchRows = 100000;

// xorshift64*: tiny, fast and the same on every platform (std distributions are not).
struct Random
{
    uint64_t state;
    uint64_t next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545f4914f6cdd1dull;
    }
    size_t below(size_t n) { return size_t(next() % n); }
    // Skewed towards small indexes, like the few clients and URLs that make most errors.
    size_t skewed(size_t n)
    {
        const double u = double(next() >> 11) / double(uint64_t(1) << 53);
        return std::min(n - 1, size_t(double(n) * u * u * u));
    }
};

struct Domain
{
    const char *field;
    std::vector<std::string> values;
};

std::vector<std::string> clientAddresses(Random &random)
{
    std::vector<std::string> v;
    for (int i = 0; i < 4500; ++i) {
        const int kind = int(random.below(3));
        if (kind == 0)
            v.push_back("10." + std::to_string(random.below(4)) + "."
                        + std::to_string(random.below(256)) + "."
                        + std::to_string(random.below(256)));
        else if (kind == 1)
            v.push_back("192.168." + std::to_string(random.below(8)) + "."
                        + std::to_string(random.below(256)));
        else
            v.push_back(std::to_string(20 + random.below(180)) + "."
                        + std::to_string(random.below(256)) + "."
                        + std::to_string(random.below(256)) + "."
                        + std::to_string(1 + random.below(254)));
    }
    char buf[64];
    for (int i = 0; i < 500; ++i) {
        std::snprintf(buf, sizeof buf, "2001:db8:%x:%x::%x%%0", unsigned(random.below(16)),
                      unsigned(random.below(65536)), unsigned(1 + random.below(65535)));
        v.push_back(buf);
    }
    v.push_back("::1%0");
    v.push_back("fe80::1%13");
    return v;
}

std::vector<std::string> urls(Random &random)
{
    static const char *const areas[] = {"/api/v1/orders/", "/api/v2/items/",   "/products/",
                                        "/static/js/app.", "/images/catalog/", "/account/",
                                        "/search?q=",      "/cart/add?id="};
    std::vector<std::string> v{"-", "/", "/index.html", "/favicon.ico", "/health", "/login.php"};
    while (v.size() < 40000) {
        const char *area = areas[random.below(std::size(areas))];
        v.push_back(area + std::to_string(random.below(1000000)));
    }
    return v;
}

struct Reason
{
    const char *name;
    int weight;
    const char *status;
};

const Reason reasons[] = {
    {"Timer_ConnectionIdle", 450, "-"},
    {"Connection_Dropped", 120, "-"},
    {"BadRequest", 100, "400"},
    {"Timer_MinBytesPerSecond", 60, "-"},
    {"Connection_Abandoned_By_ReqQueue", 50, "-"},
    {"Timer_EntityBody", 30, "-"},
    {"Hostname", 30, "400"},
    {"URL", 20, "400"},
    {"QueueFull", 20, "503"},
    {"AppOffline", 20, "503"},
    {"ServiceUnavailable", 20, "503"},
    {"Connection_Dropped_List_Full", 20, "-"},
    {"Timer_HeaderWait", 20, "-"},
    {"RequestLength", 10, "400"},
    {"Verb", 10, "400"},
    {"Forbidden", 10, "403"},
    {"NotFound", 10, "404"},
};

size_t pickReason(Random &random)
{
    int total = 0;
    for (const Reason &r : reasons)
        total += r.weight;
    int x = int(random.below(size_t(total)));
    for (size_t i = 0; i < std::size(reasons); ++i) {
        if (x < reasons[i].weight)
            return i;
        x -= reasons[i].weight;
    }
    return 0;
}

// Adds a value to a batch column through a per-batch cache of local ids, so generating costs
// an array lookup per field instead of a hash lookup.
struct ColumnWriter
{
    LogBatch::Column *column;
    const std::vector<std::string> *values;
    std::vector<int64_t> local;

    void put(size_t index)
    {
        if (local[index] < 0)
            local[index] = column->pool.intern((*values)[index]);
        column->ids.push_back(uint32_t(local[index]));
    }
};
} // namespace

void GeneratedData::fill(LogTableModel &table, size_t rows, uint64_t seed)
{
    Random random{seed};
    std::vector<Domain> domains = {
        {"c-ip", clientAddresses(random)},
        {"c-port", {}},
        {"s-ip", {"10.0.0.5", "10.0.0.6", "2001:db8::10%0"}},
        {"s-port", {"80", "443"}},
        {"cs-version", {"-", "HTTP/1.1", "HTTP/2.0", "HTTP/1.0"}},
        {"cs-method", {"-", "GET", "POST", "HEAD", "PUT", "OPTIONS"}},
        {"cs-uri", urls(random)},
        {"sc-status", {"-", "400", "403", "404", "503"}},
        {"s-siteid", {"-", "1", "2", "3", "4", "5"}},
        {"s-reason", {}},
        {"s-queuename", {"-", "DefaultAppPool", "ShopAppPool", "ApiAppPool", "ReportsAppPool"}},
    };
    for (int port = 1024; port < 65536; ++port)
        domains[1].values.push_back(std::to_string(port));
    for (const Reason &r : reasons)
        domains[9].values.push_back(r.name);

    table.reset({QStringLiteral("generated.log")});
    const int64_t start = TimeUtil::daysFromCivil(2026, 3, 10) * 86400;
    for (size_t first = 0; first < rows; first += BatchRows) {
        const size_t count = std::min(BatchRows, rows - first);
        LogBatch batch;
        std::vector<ColumnWriter> writers;
        for (const Domain &d : domains) {
            const size_t c = batch.columnFor(LogFields::fromId(d.field), d.field);
            batch.columns[c].ids.reserve(count);
            writers.push_back({nullptr, &d.values, std::vector<int64_t>(d.values.size(), -1)});
        }
        for (size_t i = 0; i < writers.size(); ++i)
            writers[i].column = &batch.columns[i];
        for (size_t i = 0; i < count; ++i) {
            const size_t row = first + i;
            batch.times.push_back(start + int64_t(row * 86400 / rows));
            batch.lines.push_back(uint32_t(row + 5));
            const size_t reason = pickReason(random);
            const bool connectionOnly = reasons[reason].status[0] == '-' && random.below(4) != 0;
            writers[0].put(random.skewed(writers[0].values->size()));
            writers[1].put(random.below(writers[1].values->size()));
            writers[2].put(random.below(3));
            writers[3].put(random.below(4) == 0 ? 0 : 1);
            writers[4].put(connectionOnly ? 0 : 1 + random.below(3));
            writers[5].put(connectionOnly ? 0 : 1 + random.skewed(5));
            writers[6].put(connectionOnly ? 0 : random.skewed(writers[6].values->size()));
            const std::string &status = reasons[reason].status;
            const size_t statusIndex = status == "-"     ? 0
                                       : status == "400" ? 1
                                       : status == "403" ? 2
                                       : status == "404" ? 3
                                                         : 4;
            writers[7].put(statusIndex);
            writers[8].put(connectionOnly ? 0 : 1 + random.skewed(5));
            writers[9].put(reason);
            writers[10].put(connectionOnly ? 0 : 1 + random.skewed(4));
        }
        table.appendBatch(batch);
    }
}
