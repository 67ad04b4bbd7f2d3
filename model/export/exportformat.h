#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The file formats rows can be exported to. A new format is one more entry in the table of
// exportformat.cpp (name, title, extensions) and a RowWriter: --format and the dialogs list it.
enum class ExportFormat : uint8_t {
    Csv,       // RFC 4180, UTF-8, for spreadsheets
    Tsv,       // tab-separated, for spreadsheets and pasting
    JsonLines, // one JSON object a line, for scripts (jq, Python)
    HttpErr,   // httperr .log itself, reopens in this viewer, lnav or Log Parser
    Ecs,       // Elastic Common Schema documents as Filebeat's IIS module names the fields
    EcsBulk,   // the same with Elasticsearch _bulk action lines, to POST as they are
};

namespace ExportFormats {
// Every format, in the order dialogs list them.
QList<ExportFormat> all();
// The format a file name asks for by its extension, if any.
std::optional<ExportFormat> fromPath(const QString &path);
// The format a short name asks for ("csv", "tsv", "jsonl", "log"; case ignored), if any.
std::optional<ExportFormat> fromName(const QString &name);
// The short name of a format, as --format takes it.
QString name(ExportFormat format);
// Every short name, in the order of all().
QStringList names();
// The usual extension, without the dot ("csv").
QString extension(ExportFormat format);
// A translated name such as "CSV (comma-separated values)".
QString title(ExportFormat format);
// A file dialog filter such as "CSV (comma-separated values) (*.csv)".
QString fileFilter(ExportFormat format);
// True when `path` ends in one of the format's extensions (case ignored).
bool hasExtension(const QString &path, ExportFormat format);
// False for the formats that write every field of a row whatever columns are chosen (the log
// itself, ECS).
bool takesColumns(ExportFormat format);
// `path` with the format's extension added when it has none of the format's extensions.
QString withExtension(const QString &path, ExportFormat format);
} // namespace ExportFormats
