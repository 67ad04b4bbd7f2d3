#include "w3creader.h"

namespace {
std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}
} // namespace

W3cReader::W3cReader(int32_t fileIndex, const QString &path)
    : m_fileIndex(fileIndex)
    , m_path(path)
    , m_cap(fileIndex, path)
{}

void W3cReader::resume(const Context &context, bool atFileStart)
{
    m_atFileStart = atFileStart;
    m_software = context.software;
    if (!context.fields.empty())
        resumeFields(context.fields);
    m_rejected = context.rejected;
}

void W3cReader::takeState(const W3cReader &piece, uint64_t offset)
{
    m_counts.add(piece.m_counts);
    m_software = piece.m_software;
    m_fieldsLine = piece.m_fieldsLine;
    m_rejected = piece.m_rejected;
    for (LogProblem problem : piece.m_foreign) {
        if (m_foreign.size() >= MaxListedForeignBlocks)
            break;
        problem.line += offset;
        m_foreign.push_back(std::move(problem));
    }
}

void W3cReader::rejectBlock(LogProblem::Code code, const QString &kind, std::string_view line)
{
    // The next header line of the same foreign block says nothing new.
    if (m_rejected)
        return;
    m_rejected = true;
    if (m_foreign.size() >= MaxListedForeignBlocks)
        return;
    LogProblem problem = m_cap.make(code, m_counts.lines);
    problem.detail = kind;
    problem.raw = LogProblem::shorten(line.data(), line.size());
    m_foreign.push_back(std::move(problem));
}

void W3cReader::readSoftware(std::string_view line)
{
    constexpr size_t MaxSoftware = 200;
    m_software = std::string(trimmed(line.substr(10)).substr(0, MaxSoftware));
}
