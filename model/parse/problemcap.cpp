#include "problemcap.h"

#include <algorithm>

LogProblem ProblemCap::make(LogProblem::Code code, uint64_t line) const
{
    LogProblem problem;
    problem.code = code;
    problem.fileIndex = m_fileIndex;
    problem.line = line;
    problem.path = m_path;
    return problem;
}

void ProblemCap::addLine(std::vector<LogProblem> &out, LogProblem::Code code, uint64_t line,
                         std::string_view raw, int expected, int found)
{
    if (m_listed > MaxListed)
        return;
    LogProblem problem = make(code, line);
    if (m_listed == MaxListed) {
        problem.code = LogProblem::Code::TooManyProblems;
        problem.expected = int(MaxListed);
    } else {
        problem.expected = expected;
        problem.found = found;
        problem.raw = LogProblem::shorten(raw.data(), raw.size());
    }
    ++m_listed;
    out.push_back(std::move(problem));
}

void ProblemCap::addCut(std::vector<LogProblem> &out, uint64_t line, std::string_view text,
                        size_t fieldBytes, int keptKiB)
{
    if (m_cutNotes >= MaxCutNotes)
        return;
    ++m_cutNotes;
    LogProblem note = make(LogProblem::Code::FieldCut, line);
    note.expected = keptKiB;
    note.found = int(std::min<size_t>(fieldBytes, INT32_MAX));
    note.raw = LogProblem::shorten(text.data(), text.size());
    out.push_back(std::move(note));
}

bool ProblemCap::keepAbsorbed(LogProblem &problem)
{
    // A piece lists at least as much as the file would, so nothing is missing.
    if (problem.code == LogProblem::Code::FieldCut) {
        // Notes, not malformed lines: their own cap, outside the listed problems'.
        if (m_cutNotes >= MaxCutNotes)
            return false;
        ++m_cutNotes;
        return true;
    }
    if (m_listed > MaxListed)
        return false;
    if (m_listed == MaxListed) {
        LogProblem marker = make(LogProblem::Code::TooManyProblems, problem.line);
        marker.expected = int(MaxListed);
        marker.fileIndex = problem.fileIndex;
        marker.path = problem.path;
        problem = std::move(marker);
    }
    ++m_listed;
    return true;
}
