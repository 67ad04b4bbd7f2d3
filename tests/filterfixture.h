// Rows shared by the filter tests: every syntax of every criterion has rows that match it and
// rows that must not. Built as LogBatch objects, the way the loader hands rows over.
#pragma once

#include "logbatch.h"
#include "logstore.h"
#include "timeutil.h"

#include <string>
#include <vector>

namespace FilterFixture {

inline int64_t t0()
{
    return TimeUtil::daysFromCivil(2026, 3, 10) * 86400;
}

struct Row
{
    int seconds; // after t0()
    const char *ip;
    const char *uri;
    const char *status;
    const char *method;
    const char *reason;
    const char *queue;
    const char *site;
    const char *serverPort;
};

// Row index = position. Keep the comments in step: the tests name rows by index.
inline const std::vector<Row> &rows()
{
    static const std::vector<Row> r = {
        {0, "10.1.2.3", "/index.html", "400", "GET", "BadRequest", "DefaultAppPool", "1", "80"},
        {1, "10.1.200.4", "/api/login", "503", "POST", "QueueFull", "ShopAppPool", "2", "443"},
        {2, "10.2.0.1", "/API/Orders?id=5", "503", "GET", "AppOffline", "ShopAppPool", "2", "443"},
        {3, "192.168.0.255", "/Search?q=a*b", "-", "-", "Timer_ConnectionIdle", "-", "-", "80"},
        {4, "::1%0", "/health", "404", "HEAD", "NotFound", "DefaultAppPool", "1", "80"},
        {5, "fe80::1%13", "/index.html", "400", "GET", "BadRequest", "DefaultAppPool", "1", "80"},
        {6, "fe80::1%14", "/static/app.js", "400", "GET", "Hostname", "-", "-", "80"},
        {7, "2001:db8::5", "/api/v2/items", "503", "PUT", "Connection_Dropped", "ShopAppPool", "2",
         "443"},
        {8, "2001:db9::1", "/login.php", "400", "POST", "BadRequest", "-", "-", "443"},
        {9, "::ffff:10.1.2.3", "/index.html", "400", "GET", "Timer_MinBytesPerSecond", "-", "-",
         "80"},
        {10, "fe80::5efe:10.1.9.9%2", "/x", "400", "GET", "Connection_Abandoned_By_ReqQueue",
         "DefaultAppPool", "1", "80"},
        {11, "[IP]", "/", "400", "-", "BadRequest", "-", "-", "80"},
        {12, "293.1.1.1", "/caf\xc3\xa9", "400", "GET", "Some_New_Reason", "-", "-", "80"},
        {13, "255.255.255.255", "/a?b", "400", "GET", "BadRequest", "-", "-", "8080"},
        {14, "0.0.0.0", "-", "-", "-", "Timer_ConnectionIdle", "-", "-", "80"},
        {15, "10.1.2.3", "/INDEX.HTML", "400", "GET", "BadRequest", "DefaultAppPool", "1", "80"},
    };
    return r;
}

// A batch of the fixture rows [first, last), with times shifted by `offset` seconds and, when
// `withQueue` is false, no s-queuename column (as in IIS 6 files).
inline LogBatch batch(size_t first, size_t last, int64_t offset = 0, bool withQueue = true)
{
    LogBatch b;
    auto add = [&b](const char *id, const char *value) {
        const size_t c = b.columnFor(LogFields::fromId(id), id);
        b.columns[c].ids.push_back(b.columns[c].pool.intern(value));
    };
    for (size_t i = first; i < last; ++i) {
        const Row &row = rows()[i];
        b.times.push_back(t0() + row.seconds + offset);
        b.lines.push_back(uint32_t(i + 1));
        add("c-ip", row.ip);
        add("cs-uri", row.uri);
        add("sc-status", row.status);
        add("cs-method", row.method);
        add("s-reason", row.reason);
        if (withQueue)
            add("s-queuename", row.queue);
        add("s-siteid", row.site);
        add("s-port", row.serverPort);
    }
    return b;
}

inline void fill(LogStore &store, bool withQueue = true)
{
    store.append(batch(0, rows().size(), 0, withQueue));
}

// The same rows from three servers of one opened bundle: rows 0-5 from WEB01, 6-10 from
// WEB02 and 11-15 from web03, a batch per file (fillWithServers() gives them their file set).
inline std::vector<LogBatch> serverBatches()
{
    const size_t cuts[] = {0, 6, 11, rows().size()};
    std::vector<LogBatch> batches;
    for (int32_t file = 0; file < 3; ++file) {
        batches.push_back(batch(cuts[file], cuts[file + 1]));
        batches.back().fileIndex = file;
    }
    return batches;
}

inline void fillWithServers(LogStore &store)
{
    store.setFileSet(
        LogFileSet::build({QStringLiteral("/farm")}, {QStringLiteral("/farm/WEB01/httperr1.log"),
                                                      QStringLiteral("/farm/WEB02/httperr1.log"),
                                                      QStringLiteral("/farm/web03/httperr1.log")}));
    for (const LogBatch &b : serverBatches())
        store.append(b);
}

} // namespace FilterFixture
