#include "rowwriter.h"

#include "clientipanonymizer.h"
#include "csvwriter.h"
#include "ecswriter.h"
#include "httperrwriter.h"
#include "jsonlineswriter.h"
#include "textdecode.h"
#include "timeutil.h"
#include "tsvwriter.h"

#include <algorithm>
#include <limits>

RowWriter::RowWriter(const LogStore &store, std::vector<ExportColumn> columns)
    : m_store(store)
    , m_columns(std::move(columns))
    , m_clientIpColumn(store.columnOf(LogField::ClientIp))
    , m_cachedTime(std::numeric_limits<int64_t>::min())
{
    m_timeText[19] = '\0';
    // The httperr writer names no columns: it may read any of them.
    constexpr uint32_t WideColumn = 4096;
    for (size_t c = 0; c < store.columnCount(); ++c) {
        const bool used =
            m_columns.empty()
            || std::find(m_columns.begin(), m_columns.end(), ExportColumn::field(int(c)))
                   != m_columns.end();
        if (used && store.column(c).pool.size() > WideColumn)
            m_wideColumns.push_back(c);
    }
}

void RowWriter::prefetch(size_t row) const
{
    for (const size_t c : m_wideColumns)
        m_store.column(c).pool.prefetch(m_store.id(c, row));
}

void RowWriter::prefetchText(size_t row) const
{
    for (const size_t c : m_wideColumns)
        prefetchMemory(m_store.text(c, row).data());
}

RowWriter::~RowWriter() = default;

std::unique_ptr<RowWriter> RowWriter::create(ExportFormat format, const LogStore &store,
                                             std::vector<ExportColumn> columns)
{
    switch (format) {
    case ExportFormat::Csv:
        return std::make_unique<CsvWriter>(store, std::move(columns));
    case ExportFormat::Tsv:
        return std::make_unique<TsvWriter>(store, std::move(columns));
    case ExportFormat::JsonLines:
        return std::make_unique<JsonLinesWriter>(store, std::move(columns));
    case ExportFormat::HttpErr:
        return std::make_unique<HttpErrWriter>(store);
    case ExportFormat::Ecs:
    case ExportFormat::EcsBulk:
        return std::make_unique<EcsWriter>(store, format == ExportFormat::EcsBulk);
    }
    return nullptr;
}

std::string_view RowWriter::fieldText(int storeColumn, size_t row)
{
    const uint32_t id = m_store.id(size_t(storeColumn), row);
    const std::string_view text = m_store.column(size_t(storeColumn)).pool.view(id);
    if (m_anonymizer && storeColumn == m_clientIpColumn)
        return m_anonymizer->pseudonym(id, text);
    return text;
}

void RowWriter::setTimeZone(const DisplayZone &zone)
{
    m_zone = zone;
    m_timeOffset = zone.isUtc() ? "Z" : "";
    m_cachedTime = std::numeric_limits<int64_t>::min();
}

const char *RowWriter::timeText(size_t row)
{
    // Rows come in time order, so most rows share the previous row's second.
    const int64_t t = m_store.time(row);
    if (t != m_cachedTime) {
        TimeUtil::writeUtc(m_zone.toWallClock(t), m_timeText);
        if (!m_zone.isUtc())
            m_timeOffset = m_zone.isoSuffix(t).toStdString();
        m_cachedTime = t;
    }
    return m_timeText;
}

std::string_view RowWriter::fileName(size_t row)
{
    const uint32_t index = m_store.fileIndex(row);
    if (index >= m_fileNames.size())
        m_fileNames.resize(size_t(index) + 1);
    std::string &name = m_fileNames[index];
    if (name.empty())
        name = m_store.fileSet().relativePath(index).toStdString();
    return name;
}

std::string_view RowWriter::serverName(size_t row)
{
    const LogFileSet &set = m_store.fileSet();
    if (m_serverNames.empty()) {
        for (int s = 0; s < set.serverCount(); ++s)
            m_serverNames.push_back(set.serverName(uint32_t(s)).toStdString());
        m_serverNames.emplace_back(); // rows of a file past the set
    }
    return m_serverNames[std::min<size_t>(m_store.serverOf(row), m_serverNames.size() - 1)];
}

bool RowWriter::isAscii(std::string_view bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

void RowWriter::appendUtf8(std::string &out, std::string_view bytes)
{
    if (isAscii(bytes) || TextDecode::isValidUtf8(bytes)) {
        out.append(bytes);
        return;
    }
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80) {
            out += c;
        } else {
            out += char(0xC0 | (u >> 6));
            out += char(0x80 | (u & 0x3F));
        }
    }
}

void RowWriter::appendNumber(std::string &out, uint64_t value)
{
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    do {
        *--p = char('0' + value % 10);
        value /= 10;
    } while (value);
    out.append(p, size_t(end - p));
}

bool RowWriter::looksLikeFormula(std::string_view text)
{
    if (text.empty())
        return false;
    const char c = text.front();
    return c == '=' || c == '+' || c == '@' || (c == '-' && text.size() > 1);
}
