#pragma once

#include "filtercriterion.h"
#include "filterstate.h"

#include <QList>

#include <memory>
#include <optional>
#include <vector>

class IdColumn;
class LogStore;
class ServerCriterion;
class TimeRangeCriterion;

// A criterion that could not be used, and why (shown next to its field, printed by the
// command line).
struct FilterError
{
    FilterField field;
    QString message;
};

// A FilterState compiled against a LogStore: the AND of every criterion that is set. Each
// criterion decides once per distinct value of its column; a row then costs one table lookup
// per criterion. Used alike by the table's filter model, the timeline and the command line.
// Not thread-safe; the store must outlive it (or the next attach()).
class RowFilter
{
public:
    explicit RowFilter(const FilterState &state = {});
    ~RowFilter();
    RowFilter(RowFilter &&other) noexcept;
    RowFilter &operator=(RowFilter &&other) noexcept;

    const FilterState &state() const { return m_state; }
    // Criteria whose text cannot be used (they filter nothing).
    QList<FilterError> errors() const;
    // True when no criterion restricts rows.
    bool isEmpty() const;
    bool isActive(FilterField field) const;
    // The errors a state would have, without a store (the command line checks before loading).
    static QList<FilterError> validate(const FilterState &state);

    // Binds the filter to `store` (nullptr to unbind) and decides every value it holds.
    void attach(const LogStore *store);
    // Decides the values and picks up the columns the store gained since the last call. Call
    // it after the store grows; rows are still judged correctly without it, only slower.
    void sync();

    bool accepts(size_t row) const;
    // Every criterion but the time range (the timeline shows the times around the range).
    bool acceptsIgnoringTime(size_t row) const { return acceptsIgnoring(row, FilterField::Time); }
    // Every criterion but the one on `ignored`.
    bool acceptsIgnoring(size_t row, FilterField ignored) const;
    // Appends the passing rows of [first, last) to `out` in row order, column by column
    // (much faster than accepts() per row). `ignored` leaves one criterion out.
    void collect(size_t first, size_t last, std::vector<uint32_t> &out,
                 std::optional<FilterField> ignored = std::nullopt) const;

private:
    struct Step
    {
        FilterField field;
        const IdCriterion *criterion; // nullptr for the server step
        int column;                   // store column, -1 when the store has no such column
        bool emptyAccepted;           // the answer for every row when column < 0
    };
    // The server step reads the store's file ids through the server criterion's table.
    static constexpr int FileColumn = -2;

    bool stepAccepts(const Step &step, size_t row) const;
    const IdColumn &idsOf(const Step &step) const;
    const uint8_t *tableOf(const Step &step) const;
    std::vector<const Step *> activeSteps(std::optional<FilterField> ignored) const;
    size_t scanStep(const Step &step, size_t first, size_t last, uint32_t *rows) const;
    size_t keepStep(const Step &step, uint32_t *rows, size_t count) const;
    size_t scanTime(size_t first, size_t last, uint32_t *rows) const;
    void collectSlow(size_t first, size_t last, std::vector<uint32_t> &out,
                     std::optional<FilterField> ignored) const;
    bool isSynced() const;

    FilterState m_state;
    std::vector<std::unique_ptr<IdCriterion>> m_criteria; // every id criterion that was set
    std::unique_ptr<TimeRangeCriterion> m_time;
    std::unique_ptr<ServerCriterion> m_server;
    std::vector<Step> m_steps; // the active id criteria, in evaluation order
    const LogStore *m_store = nullptr;
};
