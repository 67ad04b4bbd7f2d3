#pragma once

#include <cstddef>
#include <cstdint>

class LogTableModel;

// Fills a table model with `rows` generated rows of one UTC day, in time order, the way the
// loader would (batches of LogBatch). Deterministic for a given seed. Values repeat as in real
// logs: a skewed mix of 17 reasons, several thousand client addresses (IPv4 and IPv6 with
// scopes), tens of thousands of URLs, a few methods, statuses, sites and queues.
namespace GeneratedData {
void fill(LogTableModel &table, size_t rows, uint64_t seed = 20260310);
}
