#include "accesslogparser.h"

#include "fieldsplitter.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>

namespace {
// The fields IIS writes (W3C extended, every optional one): others are custom fields.
constexpr std::array<std::string_view, 22> iisFields = {
    "date",      "time",        "s-sitename",     "s-computername",  "s-ip",
    "cs-method", "cs-uri-stem", "cs-uri-query",   "s-port",          "cs-username",
    "c-ip",      "cs-version",  "cs(user-agent)", "cs(cookie)",      "cs(referer)",
    "cs-host",   "sc-status",   "sc-substatus",   "sc-win32-status", "sc-bytes",
    "cs-bytes",  "time-taken"};

std::string lowered(std::string_view id)
{
    std::string s(id);
    for (char &c : s)
        c = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
    return s;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// A request or response header logged by name: cs(X-Forwarded-For), sc(Content-Type).
bool isHeaderField(std::string_view id)
{
    return (startsWith(id, "cs(") || startsWith(id, "sc(") || startsWith(id, "s(")) && !id.empty()
           && id.back() == ')';
}

bool isKnownField(std::string_view id)
{
    const std::string low = lowered(id);
    return isHeaderField(low)
           || std::find(iisFields.begin(), iisFields.end(), low) != iisFields.end();
}

// A decimal number as IIS writes one; "-" is NoNumber. False for anything else.
bool readNumber(std::string_view token, uint32_t &value)
{
    if (token.size() == 1 && token[0] == '-') {
        value = RequestField::NoNumber;
        return true;
    }
    if (token.empty() || token.size() > 10)
        return false;
    uint64_t v = 0;
    for (const char c : token) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + uint64_t(c - '0');
    }
    if (v >= RequestField::NoNumber)
        return false;
    value = uint32_t(v);
    return true;
}

// A header block of an HTTP.sys error log inside an access log.
bool isHttpErrSoftware(std::string_view software)
{
    return software.find("HTTP API") != std::string_view::npos;
}
} // namespace

AccessLogParser::AccessLogParser(int32_t fileIndex, const QString &path)
    : W3cReader(fileIndex, path)
{
    m_tokens.resize(MaxFields);
}

void AccessLogParser::parse(const char *data, size_t size, RequestBatch &out)
{
    m_markNamed = true;
    const size_t rows = out.times.size() + size / 100 + 16;
    out.times.reserve(rows);
    out.lines.reserve(rows);
    forEachLine(data, size,
                [this, &out](const char *begin, const char *end) { parseLine(begin, end, out); });
}

void AccessLogParser::parseLine(const char *begin, const char *end, RequestBatch &out)
{
    if (m_counts.lines == 1 && m_atFileStart && end - begin >= 3
        && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0)
        begin += 3;
    while (end > begin && (end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t' || end[-1] == 0))
        --end;
    while (begin < end && *begin == '\0')
        ++begin;
    if (begin == end)
        return;
    m_text = std::string_view(begin, size_t(end - begin));
    if (*begin == '#') {
        ++m_counts.directives;
        parseDirective(m_text, out);
        return;
    }
    if (m_rejected)
        return;
    ++m_counts.dataLines;
    parseData(begin, end, out);
}

void AccessLogParser::parseData(const char *begin, const char *end, RequestBatch &out)
{
    const size_t count = FieldSplitter::split(begin, end, m_tokens.data(), MaxFields);
    if (m_slots.empty()) {
        addProblem(out, LogProblem::Code::NoAccessFields, 0,
                   int(std::min<size_t>(count, INT32_MAX)));
        return;
    }
    if (count != m_slots.size()) {
        const bool cutShort = m_unterminated && count < m_slots.size();
        addProblem(out, cutShort ? LogProblem::Code::CutShort : LogProblem::Code::FieldCount,
                   int(m_slots.size()), int(std::min<size_t>(count, INT32_MAX)));
        return;
    }
    if (m_date < 0 || m_time < 0) {
        addProblem(out, LogProblem::Code::FieldsNoTime);
        return;
    }
    if (addRow(out))
        ++m_counts.rows;
}

bool AccessLogParser::addRow(RequestBatch &out)
{
    const auto time = m_clock.parse(m_tokens[size_t(m_date)], m_tokens[size_t(m_time)]);
    if (!time) {
        addProblem(out, LogProblem::Code::BadTimestamp);
        return false;
    }
    std::array<uint32_t, RequestField::NumberCount> numbers;
    numbers.fill(RequestField::NoNumber);
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].kind != Slot::Kind::Number)
            continue;
        if (!readNumber(m_tokens[i], numbers[m_slots[i].index])) {
            const size_t before = out.problems.size();
            addProblem(out, LogProblem::Code::BadNumber);
            if (out.problems.size() > before
                && out.problems.back().code == LogProblem::Code::BadNumber) {
                out.problems.back().detail = QString::fromStdString(m_names[i]);
            }
            return false;
        }
    }
    if (m_markNamed) {
        // Once per batch and #Fields: which fields the rows of the batch were read with.
        m_markNamed = false;
        for (const Slot &slot : m_slots) {
            if (slot.kind == Slot::Kind::Text)
                out.namedText[slot.index] = true;
            else if (slot.kind == Slot::Kind::Number)
                out.namedNumber[slot.index] = true;
        }
    }
    const size_t row = out.times.size();
    out.times.push_back(*time);
    out.lines.push_back(uint32_t(m_counts.lines));
    for (RequestBatch::TextColumn &column : out.texts)
        column.ids.push_back(StringPool::EmptyId);
    for (size_t n = 0; n < numbers.size(); ++n)
        out.numbers[n].push_back(numbers[n]);
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].kind != Slot::Kind::Text)
            continue;
        std::string_view token = m_tokens[i];
        if (token.size() > MaxFieldBytes) {
            m_cap.addCut(out.problems, m_counts.lines, m_text, token.size(),
                         int(MaxFieldBytes / 1024));
            token =
                token.substr(0, LogProblem::utf8Prefix(token.data(), token.size(), MaxFieldBytes));
        }
        RequestBatch::TextColumn &column = out.texts[m_slots[i].index];
        column.ids[row] = column.pool.intern(token);
    }
    return true;
}

void AccessLogParser::parseDirective(std::string_view line, RequestBatch &out)
{
    if (startsWith(line, "#Software:")) {
        readSoftware(line);
        if (isHttpErrSoftware(m_software))
            reject(line);
        else
            m_rejected = false;
        return;
    }
    if (!startsWith(line, "#Fields:"))
        return;
    setFields(line);
    const bool httpErr = std::find(m_names.begin(), m_names.end(), "s-reason") != m_names.end();
    if (httpErr || isHttpErrSoftware(m_software)) {
        m_slots.clear();
        m_names.clear();
        m_fieldsLine.clear();
        reject(line);
        return;
    }
    m_rejected = false;
    judgeFields(line, out);
}

void AccessLogParser::reject(std::string_view line)
{
    rejectBlock(LogProblem::Code::ForeignBlock,
                QCoreApplication::translate("AccessLogParser", "HTTP.sys error log"), line);
}

void AccessLogParser::setFields(std::string_view line)
{
    m_slots.clear();
    m_names.clear();
    m_fieldsLine.clear();
    m_date = -1;
    m_time = -1;
    m_markNamed = true;
    constexpr size_t MaxFieldsLine = 16 * 1024;
    if (line.size() > MaxFieldsLine)
        return;
    const std::string_view list = line.substr(8);
    size_t pos = 0;
    while (pos < list.size() && m_slots.size() <= MaxFields) {
        while (pos < list.size() && (list[pos] == ' ' || list[pos] == '\t'))
            ++pos;
        size_t end = pos;
        while (end < list.size() && list[end] != ' ' && list[end] != '\t')
            ++end;
        if (end > pos)
            addSlot(list.substr(pos, end - pos));
        pos = end;
    }
    if (m_slots.size() > MaxFields) {
        m_slots.clear();
        m_names.clear();
        return;
    }
    m_fieldsLine.assign(line);
}

void AccessLogParser::addSlot(std::string_view id)
{
    Slot slot;
    const std::string low = lowered(id);
    RequestField::Text text;
    RequestField::Number number;
    const int here = int(m_slots.size());
    if (low == "date" && m_date < 0) {
        slot.kind = Slot::Kind::Date;
        m_date = here;
    } else if (low == "time" && m_time < 0) {
        slot.kind = Slot::Kind::Time;
        m_time = here;
    } else if (RequestField::textOf(id, text)) {
        slot.kind = Slot::Kind::Text;
        slot.index = uint8_t(text);
    } else if (RequestField::numberOf(id, number)) {
        slot.kind = Slot::Kind::Number;
        slot.index = uint8_t(number);
    }
    // A field named twice: the first one gives the value.
    for (const Slot &earlier : m_slots) {
        if (slot.kind != Slot::Kind::Ignored && earlier.kind == slot.kind
            && earlier.index == slot.index && slot.kind != Slot::Kind::Date
            && slot.kind != Slot::Kind::Time)
            slot.kind = Slot::Kind::Ignored;
    }
    m_slots.push_back(slot);
    m_names.emplace_back(id);
}

void AccessLogParser::judgeFields(std::string_view line, RequestBatch &out)
{
    if (m_slots.empty()
        || std::find(m_notedFields.begin(), m_notedFields.end(), line) != m_notedFields.end())
        return;
    m_notedFields.emplace_back(line);
    QStringList unknown;
    bool timeTaken = false;
    for (const std::string &name : m_names) {
        timeTaken |= lowered(name) == "time-taken";
        if (!isKnownField(name))
            unknown << QString::fromStdString(name);
    }
    if (!unknown.isEmpty()) {
        LogProblem note = m_cap.make(LogProblem::Code::UnknownFields, m_counts.lines);
        note.detail = unknown.join(QLatin1String(", "));
        note.raw = LogProblem::shorten(line.data(), line.size());
        out.problems.push_back(std::move(note));
    }
    if (!timeTaken) {
        LogProblem warning = m_cap.make(LogProblem::Code::NoTimeTaken, m_counts.lines);
        warning.raw = LogProblem::shorten(line.data(), line.size());
        out.problems.push_back(std::move(warning));
    }
}

void AccessLogParser::skipLongLine(std::string_view head, size_t limitBytes, RequestBatch &out)
{
    ++m_counts.lines;
    ++m_counts.dataLines;
    m_text = head;
    addProblem(out, LogProblem::Code::LineTooLong, int(limitBytes / (1024 * 1024)));
}

void AccessLogParser::addProblem(RequestBatch &out, LogProblem::Code code, int expected, int found)
{
    ++out.malformed;
    m_cap.addLine(out.problems, code, m_counts.lines, m_text, expected, found);
}

void AccessLogParser::absorb(const AccessLogParser &piece, RequestBatch &batch)
{
    absorbState(piece, batch.lines, batch.problems,
                [this](LogProblem &problem) { return keepAbsorbed(problem); });
    m_slots = piece.m_slots;
    m_names = piece.m_names;
    m_date = piece.m_date;
    m_time = piece.m_time;
}

bool AccessLogParser::keepAbsorbed(LogProblem &problem)
{
    if (problem.code == LogProblem::Code::UnknownFields
        || problem.code == LogProblem::Code::NoTimeTaken) {
        // Noted once per #Fields line and file, however many blocks repeat it.
        const std::string key = std::to_string(int(problem.code)) + ':' + problem.raw.toStdString();
        if (std::find(m_keptNotes.begin(), m_keptNotes.end(), key) != m_keptNotes.end())
            return false;
        m_keptNotes.push_back(key);
        return true;
    }
    return m_cap.keepAbsorbed(problem);
}
