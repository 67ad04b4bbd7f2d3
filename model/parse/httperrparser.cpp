#include "httperrparser.h"

#include "filekinddetector.h"
#include "timeutil.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

#include <QtAlgorithms>

// The field splitter looks at 16 bytes at a time with SSE2 on x86-64 (GCC and Clang say so with
// __SSE2__; MSVC never defines it, but every x64 processor has SSE2) and on x86 builds that
// enable it. Elsewhere (ARM, Apple Silicon), or when the build sets HTTPERR_SIMD to 0, it reads
// a byte at a time.
#if !defined(HTTPERR_SIMD) || HTTPERR_SIMD
#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#define HTTPERR_PARSER_SSE2 1
#endif
#endif

#if defined(HTTPERR_PARSER_SSE2)
#include <emmintrin.h>
#endif

namespace {
constexpr size_t MaxStoredTokens = HttpErrParser::MaxFields;
constexpr uint64_t MaxCutNotes = 20; // per file; later cuts happen silently

#if defined(HTTPERR_PARSER_SSE2)
inline unsigned spacesAt(const char *p)
{
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' '))));
}
#endif

// Splits [begin, end) at every space: stores the first `max` fields in `out` and returns how
// many there are. Looks at 16 bytes at a time and never reads outside the line.
size_t splitFields(const char *begin, const char *end, std::string_view *out, size_t max)
{
    size_t count = 0;
    const char *field = begin;
    auto cut = [&](const char *space) {
        if (count < max)
            out[count] = std::string_view(field, size_t(space - field));
        ++count;
        field = space + 1;
    };
    const char *p = begin;
#if defined(HTTPERR_PARSER_SSE2)
    for (; end - p >= 16; p += 16) {
        for (unsigned mask = spacesAt(p); mask != 0; mask &= mask - 1)
            cut(p + qCountTrailingZeroBits(quint32(mask)));
    }
    if (p < end && end - begin >= 16) {
        // The last bytes: load the 16 that end the line and skip those already seen.
        const auto seen = unsigned(16 - (end - p));
        for (unsigned mask = spacesAt(end - 16) >> seen; mask != 0; mask &= mask - 1)
            cut(p + qCountTrailingZeroBits(quint32(mask)));
        p = end;
    }
#endif
    for (; p < end; ++p) {
        if (*p == ' ')
            cut(p);
    }
    cut(end);
    return count;
}

// The 10 bytes of two dates, compared without a call to memcmp.
inline bool sameDay(const char *a, const char *b)
{
    uint64_t a8;
    uint64_t b8;
    uint16_t a2;
    uint16_t b2;
    std::memcpy(&a8, a, 8);
    std::memcpy(&b8, b, 8);
    std::memcpy(&a2, a + 8, 2);
    std::memcpy(&b2, b + 8, 2);
    return a8 == b8 && a2 == b2;
}

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

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}
} // namespace

const char *HttpErrParser::fieldSplitter()
{
#if defined(HTTPERR_PARSER_SSE2)
    return "sse2";
#else
    return "scalar";
#endif
}

HttpErrParser::HttpErrParser(int32_t fileIndex, const QString &path)
    : m_fileIndex(fileIndex)
    , m_path(path)
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
    const char *p = data;
    const char *end = data + size;
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        ++m_line;
        m_unterminated = nl == nullptr;
        parseLine(p, lineEnd, out);
        p = nl ? nl + 1 : end;
    }
    // Columns were sized ahead (see bind()): cut them back to the rows there are.
    for (LogBatch::Column &column : out.columns) {
        if (column.ids.size() > out.times.size())
            column.ids.resize(out.times.size());
    }
}

void HttpErrParser::parseLine(const char *begin, const char *end, LogBatch &out)
{
    if (m_line == 1 && m_atFileStart && end - begin >= 3
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
        ++m_directives;
        parseDirective(m_text);
        return;
    }
    if (m_rejected) {
        ++m_foreignLines;
        return;
    }
    ++m_dataLines;
    parseData(begin, end, out);
}

void HttpErrParser::parseData(const char *begin, const char *end, LogBatch &out)
{
    const std::string_view line = m_text;
    m_tokenCount = splitFields(begin, end, m_tokens.data(), MaxStoredTokens);
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
        timestamp(m_tokens[size_t(layout.dateIndex())], m_tokens[size_t(layout.timeIndex())]);
    if (!time) {
        addProblem(out, LogProblem::Code::BadTimestamp, m_text);
        return;
    }
    if (binding.columns.empty())
        bind(binding, out);
    const size_t row = out.times.size();
    out.times.push_back(*time);
    out.lines.push_back(uint32_t(m_line));
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
    ++m_rows;
}

std::string_view HttpErrParser::cappedField(std::string_view token, LogBatch &out)
{
    if (token.size() <= MaxFieldBytes)
        return token;
    if (m_cutNotes < MaxCutNotes) {
        ++m_cutNotes;
        LogProblem note;
        note.code = LogProblem::Code::FieldCut;
        note.fileIndex = m_fileIndex;
        note.line = m_line;
        note.path = m_path;
        note.expected = int(MaxFieldBytes / 1024);
        note.found = int(std::min<size_t>(token.size(), INT32_MAX));
        note.raw = LogProblem::shorten(m_text.data(), m_text.size());
        out.problems.push_back(std::move(note));
    }
    return token.substr(0, LogProblem::utf8Prefix(token.data(), token.size(), MaxFieldBytes));
}

void HttpErrParser::skipLongLine(std::string_view head, size_t limitBytes, LogBatch &out)
{
    ++m_line;
    ++m_dataLines;
    addProblem(out, LogProblem::Code::LineTooLong, head, int(limitBytes / (1024 * 1024)));
}

std::optional<int64_t> HttpErrParser::timestamp(std::string_view date, std::string_view time)
{
    // Most lines share their date with the line before: then only the time needs reading.
    if (m_dayStart && date.size() == 10 && sameDay(date.data(), m_day) && time.size() == 8
        && time[2] == ':' && time[5] == ':') {
        const char *t = time.data();
        if (isDigit(t[0]) && isDigit(t[1]) && isDigit(t[3]) && isDigit(t[4]) && isDigit(t[6])
            && isDigit(t[7])) {
            const int h = (t[0] - '0') * 10 + (t[1] - '0');
            const int m = (t[3] - '0') * 10 + (t[4] - '0');
            const int s = (t[6] - '0') * 10 + (t[7] - '0');
            if (h > 23 || m > 59 || s > 60)
                return std::nullopt;
            return *m_dayStart + h * 3600 + m * 60 + s;
        }
        return std::nullopt;
    }
    const auto parsed = TimeUtil::parseDateTime(date, time);
    if (parsed && date.size() == 10) {
        std::memcpy(m_day, date.data(), 10);
        m_dayStart = TimeUtil::parseDateTime(date, "00:00:00");
    }
    return parsed;
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
        note.line = m_line;
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
        constexpr size_t MaxSoftware = 200;
        m_software = std::string(trimmed(line.substr(10)).substr(0, MaxSoftware));
        const QString kind = FileKindDetector::w3cKind(m_software, FieldLayout());
        if (kind.isEmpty())
            m_rejected = false;
        else
            reject(kind, line);
    }
}

void HttpErrParser::reject(const QString &kind, std::string_view line)
{
    // The next header line of the same foreign block says nothing new.
    if (m_rejected)
        return;
    m_rejected = true;
    if (m_foreign.size() >= MaxListedForeignBlocks)
        return;
    LogProblem problem;
    problem.code = LogProblem::Code::NotHttpErr;
    problem.detail = kind;
    problem.fileIndex = m_fileIndex;
    problem.path = m_path;
    problem.line = m_line;
    problem.raw = LogProblem::shorten(line.data(), line.size());
    m_foreign.push_back(std::move(problem));
}

void HttpErrParser::resume(const Context &context, bool atFileStart)
{
    m_atFileStart = atFileStart;
    m_software = context.software;
    // The context's #Fields line was judged where it stood; only its layout is wanted here.
    if (!context.fields.empty())
        setFields(context.fields);
    m_rejected = context.rejected;
}

void HttpErrParser::absorb(const HttpErrParser &piece, LogBatch &batch)
{
    const uint64_t offset = m_line;
    for (uint32_t &line : batch.lines)
        line += uint32_t(offset);
    size_t kept = 0;
    for (LogProblem &problem : batch.problems) {
        problem.line += offset;
        if (keepAbsorbed(problem))
            batch.problems[kept++] = std::move(problem);
    }
    batch.problems.resize(kept);

    m_line += piece.m_line;
    m_rows += piece.m_rows;
    m_dataLines += piece.m_dataLines;
    m_directives += piece.m_directives;
    m_software = piece.m_software;
    m_notedGuess = m_notedGuess || piece.m_notedGuess;
    m_hasHeader = piece.m_hasHeader;
    m_header.layout = piece.m_header.layout;
    m_header.columns.clear();
    m_fieldsLine = piece.m_fieldsLine;
    m_rejected = piece.m_rejected;
    m_foreignLines += piece.m_foreignLines;
    for (LogProblem problem : piece.m_foreign) {
        if (m_foreign.size() >= MaxListedForeignBlocks)
            break;
        problem.line += offset;
        m_foreign.push_back(std::move(problem));
    }
}

bool HttpErrParser::keepAbsorbed(LogProblem &problem)
{
    // The piece applied the limits as if it were the whole file; apply them again for the
    // file so far. A piece lists at least as much as the file would, so nothing is missing.
    if (problem.code == LogProblem::Code::GuessedLayout) {
        if (m_notedGuess)
            return false;
        m_notedGuess = true;
        return true;
    }
    if (problem.code == LogProblem::Code::FieldCut) {
        // Notes, not malformed lines: their own cap, outside the listed problems'.
        if (m_cutNotes >= MaxCutNotes)
            return false;
        ++m_cutNotes;
        return true;
    }
    if (m_listed > MaxListedProblems)
        return false;
    if (m_listed == MaxListedProblems) {
        LogProblem marker;
        marker.code = LogProblem::Code::TooManyProblems;
        marker.expected = int(MaxListedProblems);
        marker.fileIndex = problem.fileIndex;
        marker.line = problem.line;
        marker.path = problem.path;
        problem = std::move(marker);
    }
    ++m_listed;
    return true;
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
