#include "httperrparser.h"

#include "fieldsplitter.h"
#include "filekinddetector.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace {
constexpr size_t MaxStoredTokens = HttpErrParser::MaxFields;

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// YYYY-MM-DD by its shape only.
bool looksLikeDate(std::string_view s)
{
    return s.size() == 10 && s[4] == '-' && s[7] == '-' && isDigit(s[0]) && isDigit(s[9]);
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

const char *HttpErrParser::fieldSplitter()
{
    return FieldSplitter::name();
}

HttpErrParser::HttpErrParser(int32_t fileIndex, const QString &path)
    : W3cReader(fileIndex, path)
{
    m_tokens.resize(MaxStoredTokens);
}

void HttpErrParser::parse(const char *data, size_t size, LogBatch &out)
{
    // Column indexes belong to one batch; bind again (lazily) for each call.
    m_header.columns.clear();
    for (Binding &b : m_guessed)
        b.columns.clear();
    // Room for the rows this piece likely holds (the shortest real lines are ~80 bytes), so
    // the columns do not grow by copying while the piece is parsed.
    m_rowTarget = out.times.size() + size / 72 + 16;
    out.times.reserve(m_rowTarget);
    out.lines.reserve(m_rowTarget);
    forEachLine(data, size,
                [this, &out](const char *begin, const char *end) { parseLine(begin, end, out); });
    // Columns were sized ahead (see bind()): cut them back to the rows there are.
    for (LogBatch::Column &column : out.columns) {
        if (column.ids.size() > out.times.size())
            column.ids.resize(out.times.size());
    }
}

void HttpErrParser::parseLine(const char *begin, const char *end, LogBatch &out)
{
    if (m_counts.lines == 1 && m_atFileStart && end - begin >= 3
        && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0)
        begin += 3; // UTF-8 byte order mark
    while (end > begin && (end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
        --end;
    if (begin == end)
        return;
    if (*begin == '\0' || end[-1] == '\0') {
        // A crash leaves the space HTTP.sys had reserved as NUL bytes; the next start of the
        // service may write on right after them, so keep what follows.
        const char *textBegin = begin;
        while (textBegin < end && *textBegin == '\0')
            ++textBegin;
        const char *textEnd = end;
        while (textEnd > textBegin && textEnd[-1] == '\0')
            --textEnd;
        m_text = std::string_view(begin, size_t(end - begin));
        addProblem(out, LogProblem::Code::NulBytes, {}, 0,
                   int(std::min<ptrdiff_t>((textBegin - begin) + (end - textEnd), INT32_MAX)));
        begin = textBegin;
        end = textEnd;
        if (begin == end)
            return;
    }
    m_text = std::string_view(begin, size_t(end - begin));
    if (*begin == '#') {
        ++m_counts.directives;
        parseDirective(m_text);
        return;
    }
    if (m_rejected) {
        ++m_foreignLines;
        return;
    }
    ++m_counts.dataLines;
    parseData(begin, end, out);
}

void HttpErrParser::parseData(const char *begin, const char *end, LogBatch &out)
{
    const std::string_view line = m_text;
    m_tokenCount = FieldSplitter::split(begin, end, m_tokens.data(), MaxStoredTokens);
    m_stored = std::min(m_tokenCount, MaxStoredTokens);

    Binding *binding = nullptr;
    if (m_hasHeader) {
        binding = &m_header;
        if (m_tokenCount != binding->layout.size()) {
            const bool cutShort = m_unterminated && m_tokenCount < binding->layout.size();
            addProblem(out, cutShort ? LogProblem::Code::CutShort : LogProblem::Code::FieldCount,
                       line, int(binding->layout.size()),
                       int(std::min<size_t>(m_tokenCount, INT32_MAX)));
            return;
        }
        if (!binding->layout.hasTimestamp()) {
            addProblem(out, LogProblem::Code::FieldsNoTime, line);
            return;
        }
    } else {
        binding = headerlessBinding(m_tokenCount, out);
        if (!binding) {
            // The last line of a header-less file that starts like a row but has too few
            // fields for any layout: cut short.
            const bool cutShort = m_unterminated && looksLikeDate(m_tokens[0])
                                  && m_tokenCount < FieldLayout::MaxHeaderlessCount;
            addProblem(out, cutShort ? LogProblem::Code::CutShort : LogProblem::Code::NoLayout,
                       line, 0, int(std::min<size_t>(m_tokenCount, INT32_MAX)));
            return;
        }
    }
    addRow(*binding, out);
}

void HttpErrParser::addRow(Binding &binding, LogBatch &out)
{
    const FieldLayout &layout = binding.layout;
    const auto time =
        m_clock.parse(m_tokens[size_t(layout.dateIndex())], m_tokens[size_t(layout.timeIndex())]);
    if (!time) {
        addProblem(out, LogProblem::Code::BadTimestamp, m_text);
        return;
    }
    if (binding.columns.empty())
        bind(binding, out);
    const size_t row = out.times.size();
    out.times.push_back(*time);
    out.lines.push_back(uint32_t(m_counts.lines));
    out.rowLayouts.resize(row, 0); // rows of a hand-built batch may have none
    out.rowLayouts.push_back(binding.batchLayout);
    const int *columns = binding.columns.data();
    for (size_t i = 0; i < m_stored; ++i) {
        const int c = columns[i];
        if (c < 0)
            continue;
        LogBatch::Column &column = out.columns[size_t(c)];
        std::vector<uint32_t> &ids = column.ids;
        if (row >= ids.size())
            ids.resize(std::max(row + 1, 2 * ids.size()), StringPool::EmptyId);
        ids[row] = column.pool.intern(cappedField(m_tokens[i], out));
    }
    ++m_counts.rows;
}

std::string_view HttpErrParser::cappedField(std::string_view token, LogBatch &out)
{
    if (token.size() <= MaxFieldBytes)
        return token;
    m_cap.addCut(out.problems, m_counts.lines, m_text, token.size(), int(MaxFieldBytes / 1024));
    return token.substr(0, LogProblem::utf8Prefix(token.data(), token.size(), MaxFieldBytes));
}

void HttpErrParser::skipLongLine(std::string_view head, size_t limitBytes, LogBatch &out)
{
    ++m_counts.lines;
    ++m_counts.dataLines;
    addProblem(out, LogProblem::Code::LineTooLong, head, int(limitBytes / (1024 * 1024)));
}

void HttpErrParser::bind(Binding &binding, LogBatch &out)
{
    const FieldLayout &layout = binding.layout;
    binding.columns.assign(layout.size(), -1);
    LogBatch::Layout record;
    for (size_t i = 0; i < layout.size(); ++i) {
        const auto &slot = layout.slot(i);
        record.names.push_back(slot.name);
        if (slot.field == LogField::Date || slot.field == LogField::Time) {
            // A repeated date or time field carries nothing new: it is written from the time.
            record.columns.push_back(slot.field == LogField::Date ? LogBatch::DateSlot
                                                                  : LogBatch::TimeSlot);
            continue;
        }
        const int column = int(out.columnFor(slot.field, slot.name));
        // A field id named twice: the first one gives the value, and an export writes that
        // value in both places.
        record.columns.push_back(column);
        const auto bound = binding.columns.begin() + std::ptrdiff_t(i);
        if (std::find(binding.columns.begin(), bound, column) != bound)
            continue;
        binding.columns[i] = column;
        // Zero-filled ahead: rows of a layout without this column stay empty, and each field
        // is one store, not an append.
        std::vector<uint32_t> &ids = out.columns[size_t(column)].ids;
        if (ids.size() < m_rowTarget)
            ids.resize(m_rowTarget, StringPool::EmptyId);
    }
    binding.batchLayout = out.layoutFor(std::move(record));
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
        note.line = m_counts.lines;
        note.path = m_path;
        note.found = int(count);
        out.problems.push_back(std::move(note));
    }
    return &b;
}

bool HttpErrParser::setFields(std::string_view line)
{
    const std::string_view list = line.substr(8);
    m_header.columns.clear();
    // Checked before the layout is built: a hostile header may hold millions of names.
    // The line is also carried to every piece of the file, so it must stay short.
    constexpr size_t MaxFieldsLine = 16 * 1024;
    const auto separators =
        std::count_if(list.begin(), list.end(), [](char c) { return c == ' ' || c == '\t'; });
    if (line.size() > MaxFieldsLine || size_t(separators) > 2 * MaxFields
        || (m_header.layout = FieldLayout::fromHeader(list)).size() > MaxFields) {
        m_header.layout = {};
        m_hasHeader = false;
        m_fieldsLine.clear();
        return false;
    }
    m_hasHeader = true;
    m_fieldsLine.assign(line);
    return true;
}

void HttpErrParser::parseDirective(std::string_view line)
{
    // A header block is judged by its own #Software and #Fields: a foreign one is skipped up
    // to the next header that is httperr again.
    if (startsWith(line, "#Fields:")) {
        if (!setFields(line)) {
            reject(QCoreApplication::translate("HttpErrParser", "W3C log with over %1 fields")
                       .arg(MaxFields),
                   line);
            return;
        }
        const QString kind = FileKindDetector::w3cKind(m_software, m_header.layout);
        if (kind.isEmpty()) {
            m_rejected = false;
            return;
        }
        // Not a layout to read any line with, here or in a later block.
        m_header.layout = {};
        m_hasHeader = false;
        m_fieldsLine.clear();
        reject(kind, line);
    } else if (startsWith(line, "#Software:")) {
        readSoftware(line);
        const QString kind = FileKindDetector::w3cKind(m_software, FieldLayout());
        if (kind.isEmpty())
            m_rejected = false;
        else
            reject(kind, line);
    }
}

void HttpErrParser::reject(const QString &kind, std::string_view line)
{
    rejectBlock(LogProblem::Code::NotHttpErr, kind, line);
}

void HttpErrParser::absorb(const HttpErrParser &piece, LogBatch &batch)
{
    absorbState(piece, batch.lines, batch.problems,
                [this](LogProblem &problem) { return keepAbsorbed(problem); });
    m_notedGuess = m_notedGuess || piece.m_notedGuess;
    m_hasHeader = piece.m_hasHeader;
    m_header.layout = piece.m_header.layout;
    m_header.columns.clear();
    m_foreignLines += piece.m_foreignLines;
}

bool HttpErrParser::keepAbsorbed(LogProblem &problem)
{
    // The piece applied the limits as if it were the whole file; apply them again for the
    // file so far.
    if (problem.code == LogProblem::Code::GuessedLayout) {
        if (m_notedGuess)
            return false;
        m_notedGuess = true;
        return true;
    }
    return m_cap.keepAbsorbed(problem);
}

void HttpErrParser::addProblem(LogBatch &out, LogProblem::Code code, std::string_view raw,
                               int expected, int found)
{
    ++out.malformed;
    m_cap.addLine(out.problems, code, m_counts.lines, raw, expected, found);
}
