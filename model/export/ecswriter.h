#pragma once

#include "rowwriter.h"

// Elastic Common Schema documents, one JSON object a line, with the field names Filebeat's IIS
// error module gives the same lines (so the rows land in the same indices and dashboards):
// @timestamp in UTC, source.*/destination.* (address as logged, ip without a %zone, port),
// http.*, url.*, iis.error.reason_phrase/queue_name, event.* and related.ip, event.original
// (the line as the log wrote it). Fields Filebeat drops keep their value under iis.error.*;
// host.name is the server and log.file.path the file's path below what was opened. A "-"
// leaves its field out. The bulk variant puts an Elasticsearch _bulk "create" action line
// before each document. Times are always UTC, whatever zone the window shows. A store of IIS
// access-log rows (RequestTable) is written with the names of Filebeat's IIS access module
// instead: url.path, url.query, user.name, iis.access.sub_status, iis.access.win32_status,
// event.duration (time-taken in nanoseconds), event.dataset iis.access; no event.original
// (the store keeps only some of a line's fields).
class EcsWriter : public RowWriter
{
public:
    EcsWriter(const LogStore &store, bool bulk);

    void begin(std::string &out) override;
    void writeRow(size_t row, std::string &out) override;

    // The data stream the bulk variant writes to (Elastic's IIS integration's).
    static constexpr std::string_view BulkIndex = "logs-iis.error-default";
    static constexpr std::string_view AccessBulkIndex = "logs-iis.access-default";
    // The ECS name under which a field is written ("source.address"; "iis.error.<id>" for the
    // fields ECS has no place for).
    static std::string fieldName(LogField field, std::string_view id);
    // The same for a field of an IIS access log ("iis.access.<id>" for the others).
    static std::string accessFieldName(std::string_view id);

private:
    enum class Kind : uint8_t { Text, Number, Address, Version, Uri, Status, Path, Duration };
    struct Mapped
    {
        int column;
        Kind kind;
        std::string name; // "http.version"; for addresses the prefix ("source")
        std::string key;  // the name quoted, with the colon
    };

    void writeField(const Mapped &field, std::string_view text, std::string &out);
    void writeAddress(const Mapped &field, std::string_view text, std::string &out);
    void writeUri(std::string_view text, std::string &out);
    void writePath(std::string_view path, std::string_view query, std::string &out);
    Mapped mapAccess(size_t column) const;
    void writeOriginal(size_t row, std::string &out);
    void writeTimestamp(size_t row, std::string &out);
    static void appendKey(std::string &out, std::string_view key);

    bool m_bulk;
    bool m_access; // the store holds IIS access-log rows
    std::vector<Mapped> m_fields;
    std::vector<std::string_view> m_related; // the row's addresses without zones
};
