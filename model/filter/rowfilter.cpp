#include "rowfilter.h"

#include "clientipcriterion.h"
#include "logstore.h"
#include "reasoncriterion.h"
#include "servercriterion.h"
#include "timerangecriterion.h"
#include "urlcriterion.h"
#include "valuelistcriterion.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace {
// Rows are judged in chunks so the row list being narrowed stays in the CPU cache.
constexpr size_t ChunkRows = 1 << 16;

template <typename T> T load(const uint8_t *bytes, size_t row)
{
    T v;
    std::memcpy(&v, bytes + row * sizeof(T), sizeof(T));
    return v;
}

// Writes every row, advances only past the ones that pass: no branch to mispredict.
template <typename T>
size_t scanIds(const uint8_t *bytes, const uint8_t *table, size_t first, size_t last,
               uint32_t *rows)
{
    size_t n = 0;
    for (size_t r = first; r < last; ++r) {
        rows[n] = uint32_t(r);
        n += table[load<T>(bytes, r)];
    }
    return n;
}

template <typename T>
size_t keepIds(const uint8_t *bytes, const uint8_t *table, uint32_t *rows, size_t count)
{
    size_t n = 0;
    for (size_t i = 0; i < count; ++i) {
        const uint32_t r = rows[i];
        rows[n] = r;
        n += table[load<T>(bytes, r)];
    }
    return n;
}
} // namespace

RowFilter::RowFilter(const FilterState &state)
    : m_state(state)
{
    if (!state.reasons.isEmpty() || !state.excludedReasons.isEmpty())
        m_criteria.push_back(
            std::make_unique<ReasonCriterion>(state.reasons, state.excludedReasons));
    for (const FilterField field : {FilterField::Status, FilterField::Method, FilterField::Site,
                                    FilterField::Queue, FilterField::ServerPort}) {
        const QString spec = state.valueList(field);
        if (!spec.trimmed().isEmpty())
            m_criteria.push_back(std::make_unique<ValueListCriterion>(
                field, ValueListCriterion::columnFor(field), spec));
    }
    if (!state.clientIp.trimmed().isEmpty())
        m_criteria.push_back(std::make_unique<ClientIpCriterion>(state.clientIp));
    if (!state.url.trimmed().isEmpty())
        m_criteria.push_back(std::make_unique<UrlCriterion>(state.url));
    if (state.from || state.to)
        m_time = std::make_unique<TimeRangeCriterion>(state.from, state.to);
    if (!state.servers.isEmpty() || !state.excludedServers.isEmpty())
        m_server = std::make_unique<ServerCriterion>(state.servers, state.excludedServers);
}

RowFilter::~RowFilter() = default;
RowFilter::RowFilter(RowFilter &&other) noexcept = default;
RowFilter &RowFilter::operator=(RowFilter &&other) noexcept = default;

QList<FilterError> RowFilter::errors() const
{
    QList<FilterError> errors;
    for (const auto &c : m_criteria) {
        if (!c->error().isEmpty())
            errors.append({c->field(), c->error()});
    }
    if (m_time && !m_time->error().isEmpty())
        errors.append({FilterField::Time, m_time->error()});
    return errors;
}

QList<FilterError> RowFilter::validate(const FilterState &state)
{
    return RowFilter(state).errors();
}

bool RowFilter::isEmpty() const
{
    if ((m_time && m_time->isActive()) || (m_server && m_server->isActive()))
        return false;
    return std::none_of(m_criteria.begin(), m_criteria.end(),
                        [](const auto &c) { return c->isActive(); });
}

bool RowFilter::isActive(FilterField field) const
{
    if (field == FilterField::Time)
        return m_time && m_time->isActive();
    if (field == FilterField::Server)
        return m_server && m_server->isActive();
    return std::any_of(m_criteria.begin(), m_criteria.end(),
                       [field](const auto &c) { return c->field() == field && c->isActive(); });
}

void RowFilter::attach(const LogStore *store)
{
    m_store = store;
    for (auto &c : m_criteria)
        c->forget();
    sync();
}

void RowFilter::sync()
{
    m_steps.clear();
    if (!m_store)
        return;
    for (const auto &c : m_criteria) {
        if (!c->isActive())
            continue;
        const int column = m_store->columnOf(c->column());
        if (column >= 0)
            c->extend(m_store->column(size_t(column)).pool);
        m_steps.push_back({c->field(), c.get(), column, column >= 0 || c->acceptsEmpty()});
    }
    if (m_server && m_server->isActive()) {
        // Rows hold file ids 1, 2 or 4 bytes wide: a table for every id the width allows
        // (up to 65,536) never needs a bounds check.
        const unsigned width = m_store->fileIds().width();
        m_server->decide(m_store->fileSet(), width < 4 ? size_t(1) << (8 * width) : 0);
        // Servers first: whole files pass or fail, the cheapest narrowing of all.
        m_steps.insert(m_steps.begin(), {FilterField::Server, nullptr, FileColumn, true});
    }
}

bool RowFilter::isSynced() const
{
    for (const Step &s : m_steps) {
        if (s.column == FileColumn) {
            // Four-byte file ids mean more than 65,536 files: all of them are in the set.
            const unsigned width = m_store->fileIds().width();
            const size_t ids = width < 4 ? size_t(1) << (8 * width) : 0;
            if (m_server->table().size() < std::max(size_t(m_store->fileSet().fileCount()), ids))
                return false;
        } else if (s.column < 0) {
            if (m_store->columnOf(s.criterion->column()) >= 0)
                return false;
        } else if (s.criterion->table().size() < m_store->column(size_t(s.column)).pool.size()) {
            return false;
        }
    }
    return true;
}

const IdColumn &RowFilter::idsOf(const Step &step) const
{
    return step.column == FileColumn ? m_store->fileIds()
                                     : m_store->column(size_t(step.column)).ids;
}

const uint8_t *RowFilter::tableOf(const Step &step) const
{
    return step.column == FileColumn ? m_server->table().data() : step.criterion->table().data();
}

bool RowFilter::stepAccepts(const Step &step, size_t row) const
{
    if (step.column == FileColumn) {
        const uint32_t file = m_store->fileIndex(row);
        if (file < m_server->table().size())
            return m_server->table()[file] != 0;
        const LogFileSet &files = m_store->fileSet();
        return m_server->accepts(file < uint32_t(files.fileCount())
                                     ? files.serverName(files.serverOf(file))
                                     : QString());
    }
    if (step.column < 0) {
        // The column may have appeared since the last sync().
        const int column = m_store->columnOf(step.criterion->column());
        if (column < 0)
            return step.emptyAccepted;
        return step.criterion->accepts(m_store->column(size_t(column)).pool,
                                       m_store->id(size_t(column), row));
    }
    const size_t c = size_t(step.column);
    return step.criterion->accepts(m_store->column(c).pool, m_store->id(c, row));
}

bool RowFilter::accepts(size_t row) const
{
    if (m_time && m_time->isActive() && !m_time->contains(m_store->time(row)))
        return false;
    for (const Step &step : m_steps) {
        if (!stepAccepts(step, row))
            return false;
    }
    return true;
}

bool RowFilter::acceptsIgnoring(size_t row, FilterField ignored) const
{
    if (ignored != FilterField::Time && m_time && m_time->isActive()
        && !m_time->contains(m_store->time(row)))
        return false;
    for (const Step &step : m_steps) {
        if (step.field != ignored && !stepAccepts(step, row))
            return false;
    }
    return true;
}

std::vector<const RowFilter::Step *>
RowFilter::activeSteps(std::optional<FilterField> ignored) const
{
    std::vector<const Step *> steps;
    for (const Step &s : m_steps) {
        if (!ignored || s.field != *ignored)
            steps.push_back(&s);
    }
    return steps;
}

size_t RowFilter::scanStep(const Step &step, size_t first, size_t last, uint32_t *rows) const
{
    const IdColumn &ids = idsOf(step);
    const uint8_t *table = tableOf(step);
    switch (ids.width()) {
    case 1:
        return scanIds<uint8_t>(ids.data(), table, first, last, rows);
    case 2:
        return scanIds<uint16_t>(ids.data(), table, first, last, rows);
    default:
        return scanIds<uint32_t>(ids.data(), table, first, last, rows);
    }
}

size_t RowFilter::keepStep(const Step &step, uint32_t *rows, size_t count) const
{
    const IdColumn &ids = idsOf(step);
    const uint8_t *table = tableOf(step);
    switch (ids.width()) {
    case 1:
        return keepIds<uint8_t>(ids.data(), table, rows, count);
    case 2:
        return keepIds<uint16_t>(ids.data(), table, rows, count);
    default:
        return keepIds<uint32_t>(ids.data(), table, rows, count);
    }
}

size_t RowFilter::scanTime(size_t first, size_t last, uint32_t *rows) const
{
    const int64_t *times = m_store->times().data();
    size_t n = 0;
    for (size_t r = first; r < last; ++r) {
        rows[n] = uint32_t(r);
        n += m_time->contains(times[r]) ? 1 : 0;
    }
    return n;
}

void RowFilter::collectSlow(size_t first, size_t last, std::vector<uint32_t> &out,
                            std::optional<FilterField> ignored) const
{
    for (size_t r = first; r < last; ++r) {
        if (ignored ? acceptsIgnoring(r, *ignored) : accepts(r))
            out.push_back(uint32_t(r));
    }
}

void RowFilter::collect(size_t first, size_t last, std::vector<uint32_t> &out,
                        std::optional<FilterField> ignored) const
{
    if (!m_store || first >= last)
        return;
    if (!isSynced())
        return collectSlow(first, last, out, ignored);

    bool checkTime = m_time && m_time->isActive() && ignored != FilterField::Time;
    if (checkTime && m_store->isTimeOrdered()) {
        // Sorted times: the range is a slice, found by binary search.
        const auto &times = m_store->times();
        const auto lo = std::lower_bound(times.begin() + ptrdiff_t(first),
                                         times.begin() + ptrdiff_t(last), m_time->from());
        const auto hi = std::upper_bound(lo, times.begin() + ptrdiff_t(last), m_time->to());
        first = size_t(lo - times.begin());
        last = size_t(hi - times.begin());
        checkTime = false;
    }
    std::vector<const Step *> steps = activeSteps(ignored);
    for (const Step *s : steps) {
        if (s->column == -1 && !s->emptyAccepted)
            return; // no row has a value there, and "no value" does not pass
    }
    steps.erase(
        std::remove_if(steps.begin(), steps.end(), [](const Step *s) { return s->column == -1; }),
        steps.end());

    for (size_t a = first; a < last; a += ChunkRows) {
        const size_t b = std::min(last, a + ChunkRows);
        const size_t begin = out.size();
        out.resize(begin + (b - a));
        uint32_t *rows = out.data() + begin;
        size_t n = 0;
        size_t next = 0;
        if (checkTime) {
            n = scanTime(a, b, rows);
        } else if (!steps.empty()) {
            n = scanStep(*steps[0], a, b, rows);
            next = 1;
        } else {
            std::iota(rows, rows + (b - a), uint32_t(a));
            n = b - a;
        }
        for (size_t i = next; i < steps.size() && n > 0; ++i)
            n = keepStep(*steps[i], rows, n);
        out.resize(begin + n);
    }
}
