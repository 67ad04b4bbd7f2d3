#include "ecswriter.h"

#include "jsonlineswriter.h"
#include "logbatch.h"
#include "requesttable.h"
#include "timeutil.h"

#include <algorithm>

namespace {
struct EcsName
{
    LogField field;
    const char *name;
};

// The names Filebeat's module uses, and ECS's own for the fields it leaves out.
constexpr EcsName EcsNames[] = {
    {LogField::ClientIp, "source"},
    {LogField::ClientPort, "source.port"},
    {LogField::ServerIp, "destination"},
    {LogField::ServerPort, "destination.port"},
    {LogField::Version, "http.version"},
    {LogField::Method, "http.request.method"},
    {LogField::Uri, "url.original"},
    {LogField::Status, "http.response.status_code"},
    {LogField::Reason, "iis.error.reason_phrase"},
    {LogField::QueueName, "iis.error.queue_name"},
    {LogField::UserAgent, "user_agent.original"},
    {LogField::Referer, "http.request.referrer"},
    {LogField::Host, "url.domain"},
    {LogField::ScBytes, "http.response.bytes"},
    {LogField::CsBytes, "http.request.bytes"},
    {LogField::SiteId, "iis.error.site_id"},
    {LogField::StreamId, "iis.error.stream_id"},
    {LogField::StreamIdEx, "iis.error.stream_id_ex"},
    {LogField::Transport, "iis.error.transport"},
    {LogField::FaultCode, "iis.error.fault_code"},
    {LogField::ExtendedFaultCode, "iis.error.extended_fault_code"},
    {LogField::TimeTaken, "iis.error.time_taken"},
    {LogField::ComputerName, "iis.error.computer_name"},
    {LogField::Cookie, "iis.error.cookie"},
};

struct AccessName
{
    std::string_view id;
    const char *name;
    int kind; // EcsWriter::Kind, by its value
};

// The names of Filebeat's IIS access module (its fields reference lists them, most as aliases
// of the ECS names written here). Kinds: 0 text, 1 number, 2 address, 5 status, 6 path,
// 7 duration.
constexpr AccessName AccessNames[] = {
    {"s-ip", "destination", 2},
    {"s-port", "destination.port", 1},
    {"cs-method", "http.request.method", 0},
    {"cs-uri-stem", "url.path", 6},
    {"cs-uri-query", "url.query", 0},
    {"cs-username", "user.name", 0},
    {"c-ip", "source", 2},
    {"cs(user-agent)", "user_agent.original", 0},
    {"sc-status", "http.response.status_code", 5},
    {"sc-substatus", "iis.access.sub_status", 1},
    {"sc-win32-status", "iis.access.win32_status", 1},
    {"time-taken", "event.duration", 7},
};

std::string lowered(std::string_view id)
{
    std::string s(id);
    for (char &c : s)
        c = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    return s;
}

// An address without its IPv6 zone ("::1%0" -> "::1").
std::string_view withoutZone(std::string_view address)
{
    const size_t percent = address.find('%');
    return percent == std::string_view::npos ? address : address.substr(0, percent);
}

bool isNumberField(LogField field)
{
    return field == LogField::ClientPort || field == LogField::ServerPort
           || field == LogField::ScBytes || field == LogField::CsBytes
           || field == LogField::TimeTaken || field == LogField::SiteId;
}
} // namespace

std::string EcsWriter::fieldName(LogField field, std::string_view id)
{
    for (const EcsName &n : EcsNames) {
        if (n.field == field)
            return n.name;
    }
    // Any other field, under its #Fields id in the module's own namespace.
    std::string name = "iis.error.";
    for (const char c : id) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        name += plain ? c : (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : '_';
    }
    return name;
}

std::string EcsWriter::accessFieldName(std::string_view id)
{
    const std::string low = lowered(id);
    for (const AccessName &n : AccessNames) {
        if (n.id == low)
            return n.name;
    }
    std::string name = "iis.access.";
    for (const char c : low)
        name += (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_';
    return name;
}

EcsWriter::Mapped EcsWriter::mapAccess(size_t c) const
{
    const LogStore::Column &column = m_store.column(c);
    const std::string id =
        column.field == LogField::Extra ? column.name : std::string(LogFields::id(column.field));
    Mapped mapped{int(c), Kind::Text, accessFieldName(id), {}};
    const std::string low = lowered(id);
    for (const AccessName &n : AccessNames) {
        if (n.id == low)
            mapped.kind = Kind(n.kind);
    }
    return mapped;
}

EcsWriter::EcsWriter(const LogStore &store, bool bulk)
    : RowWriter(store, {})
    , m_bulk(bulk)
    , m_access(RequestTable::holdsRequests(store))
{
    for (size_t c = 0; c < store.columnCount() && m_access; ++c) {
        Mapped mapped = mapAccess(c);
        appendKey(mapped.key, mapped.name);
        m_fields.push_back(std::move(mapped));
    }
    for (size_t c = 0; c < store.columnCount() && !m_access; ++c) {
        const LogStore::Column &column = store.column(c);
        const std::string id = column.field == LogField::Extra
                                   ? column.name
                                   : std::string(LogFields::id(column.field));
        Mapped mapped{int(c), Kind::Text, fieldName(column.field, id), {}};
        switch (column.field) {
        case LogField::ClientIp:
        case LogField::ServerIp:
            mapped.kind = Kind::Address;
            break;
        case LogField::Version:
            mapped.kind = Kind::Version;
            break;
        case LogField::Uri:
            mapped.kind = Kind::Uri;
            break;
        case LogField::Status:
            mapped.kind = Kind::Status;
            break;
        default:
            mapped.kind = isNumberField(column.field) ? Kind::Number : Kind::Text;
        }
        appendKey(mapped.key, mapped.name);
        m_fields.push_back(std::move(mapped));
    }
}

void EcsWriter::appendKey(std::string &out, std::string_view key)
{
    JsonLinesWriter::appendString(out, key);
    out += ':';
}

void EcsWriter::begin(std::string &)
{
    // NDJSON: no header, every document names its fields.
}

void EcsWriter::writeTimestamp(size_t row, std::string &out)
{
    char text[20];
    TimeUtil::writeUtc(m_store.time(row), text);
    out += "{\"@timestamp\":\"";
    out.append(text, 10);
    out += 'T';
    out.append(text + 11, 8);
    out += ".000Z\"";
}

void EcsWriter::writeAddress(const Mapped &field, std::string_view text, std::string &out)
{
    // The name is the prefix ("source"): the address as logged, the ip without the zone.
    out += ",\"";
    out += field.name;
    out += ".address\":";
    JsonLinesWriter::appendString(out, text);
    const std::string_view ip = withoutZone(text);
    out += ",\"";
    out += field.name;
    out += ".ip\":";
    JsonLinesWriter::appendString(out, ip);
    m_related.push_back(ip);
}

void EcsWriter::writeUri(std::string_view text, std::string &out)
{
    out += ",\"url.original\":";
    JsonLinesWriter::appendString(out, text);
    if (text.front() != '/')
        return; // "*", or a full URL: only the original
    const size_t end = text.find_first_of("?#");
    std::string_view query;
    if (end != std::string_view::npos && text[end] == '?') {
        const size_t hash = text.find('#', end);
        query = text.substr(end + 1, hash - std::min(hash, end + 1));
    }
    writePath(text.substr(0, end), query, out);
}

void EcsWriter::writePath(std::string_view path, std::string_view query, std::string &out)
{
    out += ",\"url.path\":";
    JsonLinesWriter::appendString(out, path);
    if (!query.empty()) {
        out += ",\"url.query\":";
        JsonLinesWriter::appendString(out, query);
    }
    const std::string_view name = path.substr(path.rfind('/') + 1);
    const size_t dot = name.rfind('.');
    if (dot != std::string_view::npos && dot + 1 < name.size()) {
        out += ",\"url.extension\":";
        JsonLinesWriter::appendString(out, name.substr(dot + 1));
    }
}

void EcsWriter::writeField(const Mapped &field, std::string_view text, std::string &out)
{
    switch (field.kind) {
    case Kind::Address:
        writeAddress(field, text, out);
        return;
    case Kind::Path:
        writePath(text, {}, out);
        return;
    case Kind::Duration:
        // time-taken is in milliseconds, event.duration in nanoseconds.
        if (JsonLinesWriter::isJsonInteger(text)) {
            out += ',';
            out += field.key;
            out.append(text);
            out += "000000";
            return;
        }
        break;
    case Kind::Uri:
        writeUri(text, out);
        return;
    case Kind::Version:
        if (text.substr(0, 5) == "HTTP/")
            text.remove_prefix(5);
        break;
    case Kind::Status:
    case Kind::Number:
        if (JsonLinesWriter::isJsonInteger(text)) {
            out += ',';
            out += field.key;
            out.append(text);
            return;
        }
        break;
    case Kind::Text:
        break;
    }
    out += ',';
    out += field.key;
    JsonLinesWriter::appendString(out, text);
}

void EcsWriter::writeOriginal(size_t row, std::string &out)
{
    // The line as the log has it: the row's fields in its own layout, "-" for empty.
    const LogStore::RowLayout *layout = m_store.layoutOf(row);
    if (!layout)
        return;
    char time[20];
    TimeUtil::writeUtc(m_store.time(row), time);
    std::string line;
    for (const LogStore::RowLayout::Slot &slot : layout->fields) {
        if (!line.empty())
            line += ' ';
        if (slot.column == LogBatch::DateSlot) {
            line.append(time, 10);
        } else if (slot.column == LogBatch::TimeSlot) {
            line.append(time + 11, 8);
        } else {
            const std::string_view text = fieldText(slot.column, row);
            line.append(text.empty() ? std::string_view("-") : text);
        }
    }
    out += ",\"event.original\":";
    JsonLinesWriter::appendString(out, line);
}

void EcsWriter::writeRow(size_t row, std::string &out)
{
    if (m_bulk) {
        out += "{\"create\":{\"_index\":\"";
        out.append(m_access ? AccessBulkIndex : BulkIndex);
        out += "\"}}\n";
    }
    writeTimestamp(row, out);
    m_related.clear();
    int status = -1;
    for (const Mapped &field : m_fields) {
        const std::string_view text = fieldText(field.column, row);
        if (text.empty())
            continue; // "-": the field is left out
        writeField(field, text, out);
        if (field.kind == Kind::Status && JsonLinesWriter::isJsonInteger(text))
            status = std::stoi(std::string(text));
    }
    out += m_access ? ",\"event.dataset\":\"iis.access\",\"event.module\":\"iis\","
                      "\"event.kind\":\"event\",\"event.category\":[\"web\"],"
                      "\"event.type\":[\"access\"]"
                    : ",\"event.dataset\":\"iis.error\",\"event.module\":\"iis\","
                      "\"event.kind\":\"event\",\"event.category\":[\"network\",\"web\"],"
                      "\"event.type\":[\"connection\"]";
    if (status >= 400)
        out += ",\"event.outcome\":\"failure\"";
    if (!m_related.empty()) {
        std::sort(m_related.begin(), m_related.end());
        out += ",\"related.ip\":[";
        for (size_t i = 0; i < m_related.size(); ++i) {
            if (i)
                out += ',';
            JsonLinesWriter::appendString(out, m_related[i]);
        }
        out += ']';
    }
    if (!m_access)
        writeOriginal(row, out);
    out += ",\"host.name\":";
    JsonLinesWriter::appendString(out, serverName(row));
    out += ",\"log.file.path\":";
    JsonLinesWriter::appendString(out, fileName(row));
    out += "}\n";
}
