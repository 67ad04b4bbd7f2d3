#pragma once

#include "fieldlayout.h"
#include "logbatch.h"

#include <QString>

#include <array>
#include <string_view>
#include <vector>

// Turns the bytes of one httperr file into rows. Feed it the file piece by piece, each piece
// ending at a line break (the last one may end without). It follows every #Fields header,
// guesses the layout of header-less lines from their field count, and reports every line
// that is not a row as a LogProblem. Pure C++ with no I/O, so it can be fuzzed and tested alone.
class HttpErrParser
{
public:
    static constexpr uint64_t MaxListedProblems = 1000;

    HttpErrParser(int32_t fileIndex, const QString &path);

    // Parses [data, data + size) into `out`, numbering lines on from earlier calls. Each call
    // may use a different batch.
    void parse(const char *data, size_t size, LogBatch &out);

    // Set when the file turned out to be another kind of log; parsing then stops.
    bool isRejected() const { return m_rejected; }
    const LogProblem &rejection() const { return m_rejection; }
    uint64_t lineCount() const { return m_line; }
    uint64_t rowCount() const { return m_rows; }

private:
    struct Binding
    {
        FieldLayout layout;
        std::vector<int> columns; // batch column per token, -1 for date and time
    };

    void parseLine(const char *begin, const char *end, LogBatch &out);
    void parseDirective(std::string_view line);
    void addRow(Binding &binding, LogBatch &out);
    void bind(Binding &binding, LogBatch &out);
    void addProblem(LogBatch &out, LogProblem::Code code, std::string_view raw, int expected = 0,
                    int found = 0);
    Binding *headerlessBinding(size_t count, LogBatch &out);

    int32_t m_fileIndex;
    QString m_path;
    uint64_t m_line = 0;
    uint64_t m_rows = 0;
    uint64_t m_listed = 0;
    bool m_hasHeader = false;
    bool m_notedGuess = false;
    bool m_rejected = false;
    LogProblem m_rejection;
    Binding m_header;
    std::array<Binding, 19> m_guessed; // by field count
    std::vector<std::string_view> m_tokens;
    size_t m_tokenCount = 0;
};
