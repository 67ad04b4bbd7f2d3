#pragma once

#include "logproblem.h"
#include "requestfield.h"
#include "stringpool.h"

#include <QMetaType>

#include <array>
#include <memory>
#include <vector>

// Rows parsed from one piece of one IIS access log, in the parser's own string pools (the
// store re-maps them as it appends, as with LogBatch). Every column has a value for every row:
// StringPool::EmptyId or RequestField::NoNumber where the row had none.
struct RequestBatch
{
    struct TextColumn
    {
        StringPool pool;
        std::vector<uint32_t> ids;
    };

    int32_t fileIndex = 0;
    std::vector<int64_t> times;  // when each request ended: seconds since the epoch, UTC
    std::vector<uint32_t> lines; // 1-based line numbers in the file
    std::array<TextColumn, RequestField::TextCount> texts;
    std::array<std::vector<uint32_t>, RequestField::NumberCount> numbers;
    // Whether the #Fields of some row named the field.
    std::array<bool, RequestField::TextCount> namedText{};
    std::array<bool, RequestField::NumberCount> namedNumber{};
    std::vector<LogProblem> problems; // listed problems (capped per file by the parser)
    uint64_t malformed = 0;           // every malformed line, listed or not
    uint64_t bytes = 0;               // input bytes this batch covers

    size_t rowCount() const { return times.size(); }
    TextColumn &text(RequestField::Text field) { return texts[size_t(field)]; }
    const TextColumn &text(RequestField::Text field) const { return texts[size_t(field)]; }
    std::vector<uint32_t> &number(RequestField::Number field) { return numbers[size_t(field)]; }
    const std::vector<uint32_t> &number(RequestField::Number field) const
    {
        return numbers[size_t(field)];
    }
};

using RequestBatchPtr = std::shared_ptr<RequestBatch>;
Q_DECLARE_METATYPE(RequestBatchPtr)
