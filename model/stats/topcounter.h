#pragma once

#include <QString>

#include <cstdint>
#include <vector>

class LogStore;

// The most frequent values among a set of rows, per dimension a support engineer ranks by:
// client addresses, their networks (/24 for IPv4, /64 for IPv6), URLs, reasons, sites, queues
// and servers. Counts interned ids column by column (a tight pass per column, no strings) and
// turns only the winners into text, so it can be fed a slice at a time from the GUI thread
// (add()) between turns of the event loop.
class TopCounter
{
public:
    enum class Dimension : uint8_t { ClientIp, ClientNetwork, Url, Reason, Site, Queue, Server };
    static constexpr int DimensionCount = 7;

    struct Entry
    {
        QString value; // as the filter takes it ("10.20.0.0/24" for a network; "-" for none)
        uint64_t count = 0;
    };
    struct List
    {
        Dimension dimension = Dimension::ClientIp;
        std::vector<Entry> entries; // most first, ties by value
        size_t distinct = 0;        // distinct values among the rows
    };

    // Starts counting rows of `store` afresh.
    void reset(const LogStore &store);
    // Counts rows[first, last) (store rows, in any order).
    void add(const LogStore &store, const uint32_t *rows, size_t first, size_t last);
    uint64_t rows() const { return m_rows; }
    // The `n` most frequent values per dimension (dimensions the store lacks stay empty).
    std::vector<List> top(const LogStore &store, size_t n) const;

    // "10.20.0.0/24", "2001:db8:1:2::/64", or empty for what is not an address.
    static QString networkOf(const QString &address);

private:
    struct Column
    {
        int storeColumn = -1; // -1: the store has no such column
        std::vector<uint32_t> counts;
    };
    List topOfColumn(const LogStore &store, Dimension dimension, const Column &column,
                     size_t n) const;
    List topNetworks(const LogStore &store, size_t n) const;
    List topServers(const LogStore &store, size_t n) const;

    std::vector<Column> m_columns;      // per Dimension but ClientNetwork and Server
    std::vector<uint32_t> m_fileCounts; // rows per file id (servers are per file)
    uint64_t m_rows = 0;
};
