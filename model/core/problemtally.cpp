#include "problemtally.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProblemTally", text);
}
} // namespace

int ProblemTally::count(LogProblem::Code code) const
{
    const auto it = m_counts.find(code);
    return it == m_counts.end() ? 0 : it->second;
}

void ProblemTally::add(const LogProblem &problem)
{
    ++m_counts[problem.code];
    const LogProblem::Severity severity = problem.severity();
    const bool noRows =
        problem.code == LogProblem::Code::Empty || problem.code == LogProblem::Code::HeaderOnly;
    if (severity == LogProblem::Severity::Note && !noRows) {
        ++m_notes;
        return;
    }
    m_files.insert(problem.path);
    m_fileErrors += severity == LogProblem::Severity::Error;
}

void ProblemTally::clear()
{
    *this = ProblemTally();
}

QString ProblemTally::summary(uint64_t malformedLines) const
{
    using Code = LogProblem::Code;
    QStringList parts;
    auto part = [&](int n, const char *what) {
        if (n > 0)
            parts << tr("%1: %2").arg(tr(what)).arg(n);
    };
    part(count(Code::NotHttpErr), QT_TRANSLATE_NOOP("ProblemTally", "not an httperr log"));
    part(count(Code::ForeignBlock),
         QT_TRANSLATE_NOOP("ProblemTally", "header blocks of other logs skipped"));
    part(count(Code::Binary), QT_TRANSLATE_NOOP("ProblemTally", "binary"));
    part(count(Code::Unreadable), QT_TRANSLATE_NOOP("ProblemTally", "unreadable"));
    part(count(Code::Missing), QT_TRANSLATE_NOOP("ProblemTally", "not found"));
    part(count(Code::EmptyFolder), QT_TRANSLATE_NOOP("ProblemTally", "folder without logs"));
    part(count(Code::Empty) + count(Code::HeaderOnly),
         QT_TRANSLATE_NOOP("ProblemTally", "no log rows"));
    part(count(Code::Shrank), QT_TRANSLATE_NOOP("ProblemTally", "shrank while read"));
    if (malformedLines > 0)
        parts << tr("malformed lines: %1").arg(malformedLines);
    if (m_notes > 0)
        parts << tr("notes: %1").arg(m_notes);
    if (m_files.isEmpty())
        return m_notes > 0 ? tr("No problems (%1)").arg(parts.join(tr(", "))) : tr("No problems");
    return tr("Files with problems: %1 — %2").arg(m_files.size()).arg(parts.join(tr(", ")));
}
