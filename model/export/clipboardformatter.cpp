#include "clipboardformatter.h"

#include "logsource.h"
#include "textdecode.h"
#include "tsvwriter.h"

ClipboardFormatter::ClipboardFormatter(const LogStore &store, std::vector<ExportColumn> columns,
                                       QStringList titles)
    : m_store(store)
    , m_columns(std::move(columns))
    , m_titles(std::move(titles))
{}

std::string ClipboardFormatter::cell(const ExportColumn &column, size_t row) const
{
    switch (column.kind) {
    case ExportColumn::Kind::Time:
        return m_timeFormat.dateTime(m_store.time(row)).toStdString();
    case ExportColumn::Kind::Field: {
        const std::string_view text = m_store.text(size_t(column.storeColumn), row);
        return text.empty() ? std::string("-") : std::string(text);
    }
    case ExportColumn::Kind::Server:
        return m_store.fileSet().serverName(m_store.serverOf(row)).toStdString();
    case ExportColumn::Kind::File:
        return LogSource::displayName(m_store.fileName(m_store.fileIndex(row))).toStdString();
    case ExportColumn::Kind::Line:
        return std::to_string(m_store.line(row));
    }
    return {};
}

QString ClipboardFormatter::tsv(const std::vector<uint32_t> &rows) const
{
    std::string out;
    for (qsizetype i = 0; i < m_titles.size(); ++i) {
        if (i)
            out += '\t';
        TsvWriter::appendField(out, m_titles.at(i).toStdString());
    }
    out += '\n';
    for (const uint32_t row : rows) {
        for (size_t i = 0; i < m_columns.size(); ++i) {
            if (i)
                out += '\t';
            TsvWriter::appendField(out, cell(m_columns[i], row));
        }
        out += '\n';
    }
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

QString ClipboardFormatter::html(const std::vector<uint32_t> &rows) const
{
    QString out = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
        "style=\"border-collapse:collapse;font-family:Consolas,'DejaVu Sans Mono',monospace;"
        "font-size:9pt\">\n<thead><tr>");
    for (const QString &title : m_titles)
        out += QStringLiteral("<th style=\"text-align:left;background:#eef1f5\">")
               + title.toHtmlEscaped() + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const uint32_t row : rows) {
        out += QStringLiteral("<tr>");
        for (const ExportColumn &column : m_columns) {
            const std::string text = cell(column, row);
            out += QStringLiteral("<td>") + TextDecode::toQString(text).toHtmlEscaped()
                   + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    return out;
}
