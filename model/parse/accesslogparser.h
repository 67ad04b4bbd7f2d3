#pragma once

#include "daytimeparser.h"
#include "httperrparser.h"
#include "requestbatch.h"
#include "w3creader.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

// Turns the bytes of one IIS access log (W3C extended format, times in UTC) into request rows,
// piece by piece as HttpErrParser does with an httperr file: each #Fields header block is read
// with its own fields (any subset IIS writes, in any order), a block of another kind (an
// HTTP.sys error log) is skipped, and every line that is not a row becomes a LogProblem. Pure
// C++ with no I/O.
class AccessLogParser : public W3cReader
{
public:
    static constexpr size_t MaxFields = HttpErrParser::MaxFields;
    static constexpr size_t MaxFieldBytes = HttpErrParser::MaxFieldBytes;

    AccessLogParser(int32_t fileIndex, const QString &path);

    // Takes over the work of `piece` (see HttpErrParser::absorb).
    void absorb(const AccessLogParser &piece, RequestBatch &batch);
    void parse(const char *data, size_t size, RequestBatch &out);
    void skipLongLine(std::string_view head, size_t limitBytes, RequestBatch &out);

private:
    // Where a field of the #Fields in force goes.
    struct Slot
    {
        enum class Kind : uint8_t { Ignored, Date, Time, Text, Number };
        Kind kind = Kind::Ignored;
        uint8_t index = 0; // the RequestField::Text or Number
    };

    void parseLine(const char *begin, const char *end, RequestBatch &out);
    void parseData(const char *begin, const char *end, RequestBatch &out);
    void parseDirective(std::string_view line, RequestBatch &out);
    // Reads a #Fields line into m_slots (left empty for one too long to be a header).
    void setFields(std::string_view line);
    void resumeFields(std::string_view line) override { setFields(line); }
    void addSlot(std::string_view id);
    void reject(std::string_view line);
    // Notes what is odd about the #Fields just set (unknown fields, no time-taken).
    void judgeFields(std::string_view line, RequestBatch &out);
    bool addRow(RequestBatch &out);
    void addProblem(RequestBatch &out, LogProblem::Code code, int expected = 0, int found = 0);
    bool keepAbsorbed(LogProblem &problem);

    std::vector<Slot> m_slots; // empty: no #Fields yet
    int m_date = -1;
    int m_time = -1;
    std::vector<std::string> m_notedFields; // #Fields lines this parser noted
    std::vector<std::string> m_keptNotes;   // the notes kept for the file so far
    std::vector<std::string> m_names;       // the ids of the #Fields in force
    bool m_markNamed = true;
    std::vector<std::string_view> m_tokens;
    DayTimeParser m_clock;
};
