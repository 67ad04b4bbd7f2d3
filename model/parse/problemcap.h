#pragma once

#include "logproblem.h"

#include <QString>

#include <string_view>
#include <vector>

// The per-file limits on the problems a parser lists: malformed lines up to MaxListed (then one
// TooManyProblems marker, later ones only counted) and notes of cut fields up to MaxCutNotes.
// A piece of a file parsed on its own applies them as if it were the whole file; the parser of
// the file applies them again when it absorbs the piece (keepAbsorbed()).
class ProblemCap
{
public:
    static constexpr uint64_t MaxListed = 1000;
    static constexpr uint64_t MaxCutNotes = 20;

    ProblemCap(int32_t fileIndex, const QString &path)
        : m_fileIndex(fileIndex)
        , m_path(path)
    {}

    // A problem of this file at `line`, not listed yet.
    LogProblem make(LogProblem::Code code, uint64_t line) const;
    // Lists a malformed line (or the marker that the cap was reached, or nothing past it).
    void addLine(std::vector<LogProblem> &out, LogProblem::Code code, uint64_t line,
                 std::string_view raw, int expected = 0, int found = 0);
    // Lists that a field of `fieldBytes` in `text` was cut to `keptKiB`, while notes are due.
    void addCut(std::vector<LogProblem> &out, uint64_t line, std::string_view text,
                size_t fieldBytes, int keptKiB);
    // Whether a problem listed by a piece stays listed for the file so far (may turn it into
    // the marker).
    bool keepAbsorbed(LogProblem &problem);
    // Numbers the lines and problems of a piece's batch on from `offset` (the lines the file
    // had before the piece) and drops the problems `keep` does not keep.
    template <typename Keep>
    static void renumber(std::vector<uint32_t> &lines, std::vector<LogProblem> &problems,
                         uint64_t offset, Keep keep)
    {
        for (uint32_t &line : lines)
            line += uint32_t(offset);
        size_t kept = 0;
        for (LogProblem &problem : problems) {
            problem.line += offset;
            if (keep(problem))
                problems[kept++] = std::move(problem);
        }
        problems.resize(kept);
    }

private:
    int32_t m_fileIndex;
    QString m_path;
    uint64_t m_listed = 0;
    uint64_t m_cutNotes = 0;
};
