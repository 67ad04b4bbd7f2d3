#include "delimitedwriter.h"

#include "textdecode.h"

DelimitedWriter::DelimitedWriter(const LogStore &store, std::vector<ExportColumn> columns,
                                 char separator, std::string_view lineEnd)
    : RowWriter(store, std::move(columns))
    , m_separator(separator)
    , m_lineEnd(lineEnd)
{}

void DelimitedWriter::begin(std::string &out)
{
    bool first = true;
    for (const ExportColumn &column : m_columns) {
        if (!first)
            out += m_separator;
        first = false;
        if (column.kind == ExportColumn::Kind::Time) {
            out += "date";
            out += m_separator;
        }
        appendValue(out, ExportColumn::name(m_store, column));
    }
    out += m_lineEnd;
}

void DelimitedWriter::writeRow(size_t row, std::string &out)
{
    bool first = true;
    for (const ExportColumn &column : m_columns) {
        if (!first)
            out += m_separator;
        first = false;
        switch (column.kind) {
        case ExportColumn::Kind::Time: {
            const char *t = timeText(row);
            out.append(t, 10);
            out += m_separator;
            out.append(t + 11, 8);
            if (!isUtc())
                out.append(timeOffset()); // "14:05:00+01:00": ISO 8601 with the offset
            break;
        }
        case ExportColumn::Kind::Field: {
            const std::string_view text = fieldText(column.storeColumn, row);
            if (text.empty())
                out += '-';
            else
                appendValue(out, text);
            break;
        }
        case ExportColumn::Kind::Server:
            appendValue(out, serverName(row));
            break;
        case ExportColumn::Kind::File:
            appendValue(out, fileName(row));
            break;
        case ExportColumn::Kind::Line:
            appendNumber(out, m_store.line(row));
            break;
        }
    }
    out += m_lineEnd;
}

DelimitedWriter::Prepared DelimitedWriter::finish(std::string_view text, bool special, bool high,
                                                  std::string &buffer)
{
    if (high && !TextDecode::isValidUtf8(text)) {
        appendUtf8(buffer, text);
        text = buffer;
    }
    return {text, special, looksLikeFormula(text)};
}
