#include "httperrparser.h"

#include "timeutil.h"

#include <algorithm>
#include <cstring>

namespace {
constexpr size_t MaxStoredTokens = 256;

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}
} // namespace

HttpErrParser::HttpErrParser(int32_t fileIndex, const QString &path)
    : m_fileIndex(fileIndex)
    , m_path(path)
{
    m_tokens.reserve(32);
}

void HttpErrParser::parse(const char *data, size_t size, LogBatch &out)
{
    // Column indexes belong to one batch; bind again (lazily) for each call.
    m_header.columns.clear();
    for (Binding &b : m_guessed)
        b.columns.clear();
    const char *p = data;
    const char *end = data + size;
    while (p < end && !m_rejected) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        ++m_line;
        parseLine(p, lineEnd, out);
        p = nl ? nl + 1 : end;
    }
}

void HttpErrParser::parseLine(const char *begin, const char *end, LogBatch &out)
{
    if (m_line == 1 && end - begin >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0)
        begin += 3; // UTF-8 byte order mark
    while (end > begin && (end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
        --end;
    if (begin == end)
        return;
    const std::string_view line(begin, size_t(end - begin));
    if (line[0] == '#') {
        parseDirective(line);
        return;
    }

    m_tokens.clear();
    m_tokenCount = 0;
    const char *p = begin;
    while (true) {
        const char *sp = static_cast<const char *>(std::memchr(p, ' ', size_t(end - p)));
        const char *tokenEnd = sp ? sp : end;
        if (m_tokenCount < MaxStoredTokens)
            m_tokens.emplace_back(p, size_t(tokenEnd - p));
        ++m_tokenCount;
        if (!sp)
            break;
        p = sp + 1;
    }

    Binding *binding = nullptr;
    if (m_hasHeader) {
        binding = &m_header;
        if (m_tokenCount != binding->layout.size()) {
            addProblem(out, LogProblem::Code::FieldCount, line, int(binding->layout.size()),
                       int(m_tokenCount));
            return;
        }
        if (!binding->layout.hasTimestamp()) {
            addProblem(out, LogProblem::Code::FieldsNoTime, line);
            return;
        }
    } else {
        binding = headerlessBinding(m_tokenCount, out);
        if (!binding) {
            addProblem(out, LogProblem::Code::NoLayout, line, 0, int(m_tokenCount));
            return;
        }
    }
    addRow(*binding, out);
}

void HttpErrParser::addRow(Binding &binding, LogBatch &out)
{
    const FieldLayout &layout = binding.layout;
    const auto time = TimeUtil::parseDateTime(m_tokens[size_t(layout.dateIndex())],
                                              m_tokens[size_t(layout.timeIndex())]);
    if (!time) {
        // Rebuild the line from its tokens only for the report: this path is rare.
        std::string raw;
        for (size_t i = 0; i < m_tokens.size(); ++i) {
            if (i)
                raw += ' ';
            raw.append(m_tokens[i]);
        }
        addProblem(out, LogProblem::Code::BadTimestamp, raw);
        return;
    }
    if (binding.columns.empty())
        bind(binding, out);
    const size_t row = out.times.size();
    out.times.push_back(*time);
    out.lines.push_back(uint32_t(m_line));
    for (size_t i = 0; i < m_tokens.size(); ++i) {
        const int c = binding.columns[i];
        if (c < 0)
            continue;
        LogBatch::Column &column = out.columns[size_t(c)];
        if (column.ids.size() < row)
            column.ids.resize(row, StringPool::EmptyId);
        column.ids.push_back(column.pool.intern(m_tokens[i]));
    }
    ++m_rows;
}

void HttpErrParser::bind(Binding &binding, LogBatch &out)
{
    const FieldLayout &layout = binding.layout;
    binding.columns.assign(layout.size(), -1);
    for (size_t i = 0; i < layout.size(); ++i) {
        const auto &slot = layout.slot(i);
        if (int(i) == layout.dateIndex() || int(i) == layout.timeIndex())
            continue;
        if (slot.field == LogField::Date || slot.field == LogField::Time)
            continue; // a repeated date or time field carries nothing new
        const int column = int(out.columnFor(slot.field, slot.name));
        const auto bound = binding.columns.begin() + std::ptrdiff_t(i);
        if (std::find(binding.columns.begin(), bound, column) != bound)
            continue; // a field id named twice: the first one gives the value
        binding.columns[i] = column;
    }
}

HttpErrParser::Binding *HttpErrParser::headerlessBinding(size_t count, LogBatch &out)
{
    if (count >= m_guessed.size())
        return nullptr;
    Binding &b = m_guessed[count];
    if (!b.layout.isValid()) {
        b.layout = FieldLayout::forHeaderlessCount(count);
        if (!b.layout.isValid())
            return nullptr;
    }
    if (!m_notedGuess) {
        m_notedGuess = true;
        LogProblem note;
        note.code = LogProblem::Code::GuessedLayout;
        note.fileIndex = m_fileIndex;
        note.line = m_line;
        note.path = m_path;
        note.found = int(count);
        out.problems.push_back(std::move(note));
    }
    return &b;
}

void HttpErrParser::parseDirective(std::string_view line)
{
    if (startsWith(line, "#Fields:")) {
        m_header.layout = FieldLayout::fromHeader(line.substr(8));
        m_header.columns.clear();
        m_hasHeader = true;
        if (m_header.layout.looksLikeAccessLog()) {
            m_rejected = true;
            m_rejection.detail = QStringLiteral("IIS access log");
        }
    } else if (startsWith(line, "#Software:")) {
        const std::string_view software = trimmed(line.substr(10));
        if (software.find("Internet Information Services") != std::string_view::npos) {
            m_rejected = true;
            m_rejection.detail = QString::fromUtf8(software.data(), qsizetype(software.size()));
        }
    }
    if (m_rejected) {
        m_rejection.code = LogProblem::Code::NotHttpErr;
        m_rejection.fileIndex = m_fileIndex;
        m_rejection.path = m_path;
        m_rejection.line = m_line;
        m_rejection.raw = LogProblem::shorten(line.data(), line.size());
    }
}

void HttpErrParser::addProblem(LogBatch &out, LogProblem::Code code, std::string_view raw,
                               int expected, int found)
{
    ++out.malformed;
    if (m_listed > MaxListedProblems)
        return;
    LogProblem problem;
    if (m_listed == MaxListedProblems) {
        problem.code = LogProblem::Code::TooManyProblems;
        problem.expected = int(MaxListedProblems);
    } else {
        problem.code = code;
        problem.expected = expected;
        problem.found = found;
        problem.raw = LogProblem::shorten(raw.data(), raw.size());
    }
    ++m_listed;
    problem.fileIndex = m_fileIndex;
    problem.line = m_line;
    problem.path = m_path;
    out.problems.push_back(std::move(problem));
}
