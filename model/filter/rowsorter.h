#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

class LogStore;

// Puts a list of store rows in the order of one column, stably (ties keep their order, so
// rows of equal key stay in log order). Every key is a small integer: the time order of a
// time-ordered store is free, a file or line sorts by counting, a text column by counting on
// per-value ranks (SortKeys) that are worked out once per distinct value and kept while the
// column's pool keeps its size. GUI thread, like the store it reads.
class RowSorter
{
public:
    enum class Key {
        Time,
        Server, // by name, naturally; a row's server comes through its file
        File,
        Line,
        Field, // a store column, by its values' SortKeys ranks
    };
    struct Order
    {
        Key key = Key::Time;
        int storeColumn = -1; // for Key::Field
        bool descending = false;
    };

    // The store to read; the ranks are kept when it is the same one.
    void setStore(const LogStore *store);
    // Sorts `rows` (store rows, each at most once) by `order`.
    void sort(std::vector<uint32_t> &rows, const Order &order);
    // Puts `rows` back in store order (ascending), in linear time.
    void toStoreOrder(std::vector<uint32_t> &rows) const;
    // Drops the ranks (the store's rows or columns were replaced).
    void forgetRanks() { m_ranks.clear(); }
    size_t memoryBytes() const;

private:
    void sortByTime(std::vector<uint32_t> &rows, bool descending) const;
    const std::vector<uint32_t> &ranksFor(int storeColumn);

    const LogStore *m_store = nullptr;
    std::unordered_map<int, std::vector<uint32_t>> m_ranks;
};
