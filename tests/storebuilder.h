#pragma once

#include "logbatch.h"
#include "logstore.h"
#include "timeutil.h"

#include <string>
#include <utility>
#include <vector>

// Builds a store by hand, for values no log line can hold (line breaks, tabs).
class StoreBuilder
{
public:
    using Fields = std::vector<std::pair<std::string, std::string>>;

    // Adds a row at "YYYY-MM-DD HH:MM:SS" with the given #Fields ids and texts ("-" = empty).
    StoreBuilder &row(const char *when, const Fields &fields)
    {
        const std::string text(when);
        const size_t r = m_batch.times.size();
        m_batch.times.push_back(*TimeUtil::parseDateTime(text.substr(0, 10), text.substr(11, 8)));
        m_batch.lines.push_back(uint32_t(r + 1));
        for (const auto &[name, value] : fields) {
            const size_t c = m_batch.columnFor(LogFields::fromId(name), name);
            LogBatch::Column &column = m_batch.columns[c];
            column.ids.resize(r, 0);
            column.ids.push_back(column.pool.intern(value));
        }
        return *this;
    }

    // The rows so far as one batch of file `fileIndex` (to build a store of several files).
    LogBatch batch(int32_t fileIndex) const
    {
        LogBatch b = m_batch;
        b.fileIndex = fileIndex;
        return b;
    }

    LogStore build(const QStringList &files = {QStringLiteral("/logs/httperr1.log")})
    {
        LogStore store;
        store.setFiles(files);
        store.append(m_batch);
        return store;
    }

private:
    LogBatch m_batch;
};
