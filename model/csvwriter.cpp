#include "csvwriter.h"

#include "textdecode.h"

CsvWriter::CsvWriter(const LogStore &store, std::vector<ExportColumn> columns)
    : RowWriter(store, std::move(columns))
{}

void CsvWriter::appendField(std::string &out, std::string_view text)
{
    bool quote = false;
    bool high = false;
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            quote = true;
        else if (static_cast<unsigned char>(c) >= 0x80)
            high = true;
    }
    std::string converted;
    if (high && !TextDecode::isValidUtf8(text)) {
        appendUtf8(converted, text);
        text = converted;
    }
    const bool formula = looksLikeFormula(text);
    if (!quote && !formula) {
        out.append(text);
        return;
    }
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void CsvWriter::begin(std::string &out)
{
    bool first = true;
    for (const ExportColumn &column : m_columns) {
        if (!first)
            out += ',';
        first = false;
        if (column.kind == ExportColumn::Kind::Time)
            out += "date,";
        appendField(out, ExportColumn::name(m_store, column));
    }
    out += "\r\n";
}

void CsvWriter::writeRow(size_t row, std::string &out)
{
    bool first = true;
    for (const ExportColumn &column : m_columns) {
        if (!first)
            out += ',';
        first = false;
        switch (column.kind) {
        case ExportColumn::Kind::Time: {
            const char *t = timeText(row);
            out.append(t, 10);
            out += ',';
            out.append(t + 11, 8);
            break;
        }
        case ExportColumn::Kind::Field: {
            const std::string_view text = fieldText(column.storeColumn, row);
            if (text.empty())
                out += '-';
            else
                appendField(out, text);
            break;
        }
        case ExportColumn::Kind::File:
            appendField(out, fileName(row));
            break;
        case ExportColumn::Kind::Line:
            appendNumber(out, m_store.line(row));
            break;
        }
    }
    out += "\r\n";
}
