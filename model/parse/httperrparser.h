#pragma once

#include "daytimeparser.h"
#include "fieldlayout.h"
#include "logbatch.h"
#include "parsecounts.h"
#include "problemcap.h"
#include "w3creader.h"

#include <QString>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

// Turns the bytes of one httperr file into rows. Feed it the file piece by piece, each piece
// ending at a line break (the last one may end without). It follows every #Fields header,
// guesses the layout of header-less lines from their field count, and reports every line
// that is not a row as a LogProblem. Pure C++ with no I/O, so it can be fuzzed and tested alone.
class HttpErrParser : public W3cReader
{
public:
    static constexpr uint64_t MaxListedProblems = ProblemCap::MaxListed;
    // Longer fields are cut to this many bytes before they are stored (HTTP.sys itself cuts
    // URLs at 4096 bytes, so only damaged or hostile input gets near it).
    static constexpr size_t MaxFieldBytes = 64 * 1024;
    // A #Fields header with more fields than this is no httperr log.
    static constexpr size_t MaxFields = 256;

    // The context (W3cReader::Context) carries the last httperr #Fields line.

    HttpErrParser(int32_t fileIndex, const QString &path);

    // How fields are split in this build: "sse2" (16 bytes at a time) or "scalar".
    static const char *fieldSplitter();

    // Takes over the work of `piece`, a parser that read the next piece of the same file on its
    // own, starting from this parser's context(): renumbers the lines of `batch` (which `piece`
    // filled), applies the per-file limits to its problems and carries on where `piece` ended.
    void absorb(const HttpErrParser &piece, LogBatch &batch);

    // Parses [data, data + size) into `out`, numbering lines on from earlier calls. Each call
    // may use a different batch.
    void parse(const char *data, size_t size, LogBatch &out);

    // Counts a line the loader skipped unread because it was longer than `limitBytes`;
    // `head` is its start, for the report.
    void skipLongLine(std::string_view head, size_t limitBytes, LogBatch &out);

    // Each header block (#Software, #Fields) is judged on its own: the lines of a block that is
    // another kind of W3C log (an IIS access log, a header of thousands of fields) are skipped,
    // and the httperr blocks before and after it are read. Each is listed in foreignBlocks() as
    // a NotHttpErr problem.
    // True when the file so far is another kind of log: foreign blocks and no other data line.
    bool isRejected() const { return !m_foreign.empty() && m_counts.dataLines == 0; }
    // The first foreign block (empty when there is none).
    LogProblem rejection() const { return m_foreign.empty() ? LogProblem() : m_foreign.front(); }
    // Data lines skipped in foreign blocks.
    uint64_t foreignLineCount() const { return m_foreignLines; }
    uint64_t lineCount() const { return m_counts.lines; }
    uint64_t rowCount() const { return m_counts.rows; }
    // Lines that were neither blank nor # directives (rows and malformed lines).
    uint64_t dataLineCount() const { return m_counts.dataLines; }
    uint64_t directiveCount() const { return m_counts.directives; }

private:
    struct Binding
    {
        FieldLayout layout;
        std::vector<int> columns; // batch column per token, -1 for date and time
        uint32_t batchLayout = 0; // this layout's index in the batch's layouts
    };

    void parseLine(const char *begin, const char *end, LogBatch &out);
    void parseData(const char *begin, const char *end, LogBatch &out);
    void parseDirective(std::string_view line);
    void reject(const QString &kind, std::string_view line);
    // Takes a #Fields line (without judging it): the header for the lines after it.
    bool setFields(std::string_view line);
    void resumeFields(std::string_view line) override { setFields(line); }
    void addRow(Binding &binding, LogBatch &out);
    std::string_view cappedField(std::string_view token, LogBatch &out);
    void bind(Binding &binding, LogBatch &out);
    void addProblem(LogBatch &out, LogProblem::Code code, std::string_view raw, int expected = 0,
                    int found = 0);
    bool keepAbsorbed(LogProblem &problem);
    Binding *headerlessBinding(size_t count, LogBatch &out);

    bool m_hasHeader = false;
    bool m_notedGuess = false;
    uint64_t m_foreignLines = 0;
    Binding m_header;
    std::array<Binding, 19> m_guessed;      // by field count
    std::vector<std::string_view> m_tokens; // MaxStoredTokens long; the first m_stored are set
    size_t m_stored = 0;
    size_t m_tokenCount = 0;
    size_t m_rowTarget = 0; // rows the batch likely holds after this parse() call
    DayTimeParser m_clock;
};
