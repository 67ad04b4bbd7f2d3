#pragma once

#include "logproblem.h"

#include <QSet>
#include <QString>

#include <map>

// Counts problems by kind and the files they concern, as they arrive, for the one-line
// summary above the Problems list ("Files with problems: 3 — not an httperr log: 1, ...").
class ProblemTally
{
public:
    void add(const LogProblem &problem);
    void clear();

    int count(LogProblem::Code code) const;
    // Distinct files and paths with an error or warning (notes alone do not count).
    int filesWithProblems() const { return int(m_files.size()); }
    int notes() const { return m_notes; }
    // True when some file could not be read as an httperr log at all.
    bool hasFileErrors() const { return m_fileErrors > 0; }
    // The summary line; `malformedLines` is the loader's count, which goes on past the listed
    // problems.
    QString summary(uint64_t malformedLines) const;

private:
    std::map<LogProblem::Code, int> m_counts;
    QSet<QString> m_files;
    int m_notes = 0;
    int m_fileErrors = 0;
};
