#pragma once

#include "logproblem.h"
#include "parsecounts.h"
#include "problemcap.h"

#include <QString>

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

// What both W3C parsers (HttpErrParser, AccessLogParser) keep about the file they read: where
// they are (counts, the line being parsed), the header block in force (#Software, #Fields,
// whether it is of another kind and skipped), the foreign blocks found and the problem limits.
// A piece of a file is parsed by a parser of its own that starts from the context the pieces
// before it ended with; the file's parser then absorbs it.
class W3cReader
{
public:
    // Foreign header blocks listed per file (later ones are only counted).
    static constexpr size_t MaxListedForeignBlocks = 20;

    // What a parser carries from one line to the next that changes how later lines parse:
    // the #Fields line and #Software value in force and whether the header block in force is
    // another kind of W3C log (the software decides whether a #Fields list is one).
    struct Context
    {
        std::string fields;    // the last #Fields line read with, empty before the first one
        std::string software;  // the last #Software value
        bool rejected = false; // the header block in force is foreign: its lines are skipped

        bool operator==(const Context &other) const
        {
            return rejected == other.rejected && fields == other.fields
                   && software == other.software;
        }
        bool operator!=(const Context &other) const { return !(*this == other); }
    };

    virtual ~W3cReader() = default;

    // Prepares a new parser to read a piece of a file from its middle: lines are numbered from
    // 1 again (the file's parser renumbers them when it absorbs the piece) and a byte order mark
    // is only looked for at the file start. Call before the first parse().
    void resume(const Context &context, bool atFileStart);
    Context context() const { return {m_fieldsLine, m_software, m_rejected}; }
    const ParseCounts &counts() const { return m_counts; }
    // True while a foreign header block is in force.
    bool inForeignBlock() const { return m_rejected; }
    // The foreign blocks found so far, first MaxListedForeignBlocks of them, each a problem at
    // the header line that gave it away.
    const std::vector<LogProblem> &foreignBlocks() const { return m_foreign; }

protected:
    W3cReader(int32_t fileIndex, const QString &path);

    // Calls line(begin, end) for each line of [data, data + size) (without its LF), with the
    // line counted and m_unterminated set for a last line without a line break.
    template <typename Line> void forEachLine(const char *data, size_t size, Line line)
    {
        const char *p = data;
        const char *end = data + size;
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            ++m_counts.lines;
            m_unterminated = nl == nullptr;
            line(p, nl ? nl : end);
            p = nl ? nl + 1 : end;
        }
    }
    W3cReader(const W3cReader &) = default;
    W3cReader &operator=(const W3cReader &) = default;
    // Takes the #Fields line a piece starts with (judged where it stood: only its layout is
    // wanted).
    virtual void resumeFields(std::string_view line) = 0;
    // Takes over what `piece`, which read the next lines of the file, ended with; numbers the
    // lines and problems of its batch on and keeps the problems `keep` keeps.
    template <typename Keep>
    void absorbState(const W3cReader &piece, std::vector<uint32_t> &lines,
                     std::vector<LogProblem> &problems, Keep keep)
    {
        const uint64_t offset = m_counts.lines;
        ProblemCap::renumber(lines, problems, offset, keep);
        takeState(piece, offset);
    }
    void takeState(const W3cReader &piece, uint64_t offset);
    // Takes the value of a "#Software:" line as the one in force.
    void readSoftware(std::string_view line);
    // The header block in force is foreign (of `kind`): its lines are skipped, and it is
    // listed as a `code` problem at `line` while there is room.
    void rejectBlock(LogProblem::Code code, const QString &kind, std::string_view line);

    int32_t m_fileIndex;
    QString m_path;
    ProblemCap m_cap;
    ParseCounts m_counts;
    std::string_view m_text;     // the line being parsed, for reports
    bool m_unterminated = false; // it ends without a line break (the end of the file)
    bool m_atFileStart = true;
    bool m_rejected = false;
    std::string m_software;   // the #Software value in force
    std::string m_fieldsLine; // the #Fields line in force
    std::vector<LogProblem> m_foreign;
};
