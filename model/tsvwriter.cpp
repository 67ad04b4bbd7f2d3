#include "tsvwriter.h"

#include "textdecode.h"

TsvWriter::TsvWriter(const LogStore &store, std::vector<ExportColumn> columns)
    : RowWriter(store, std::move(columns))
{}

void TsvWriter::appendField(std::string &out, std::string_view text)
{
    bool plain = true;
    bool high = false;
    for (const char c : text) {
        if (c == '\t' || c == '\r' || c == '\n')
            plain = false;
        else if (static_cast<unsigned char>(c) >= 0x80)
            high = true;
    }
    std::string converted;
    if (high && !TextDecode::isValidUtf8(text)) {
        appendUtf8(converted, text);
        text = converted;
    }
    if (looksLikeFormula(text))
        out += '\'';
    if (plain) {
        out.append(text);
        return;
    }
    for (const char c : text) {
        switch (c) {
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += c;
        }
    }
}

void TsvWriter::begin(std::string &out)
{
    bool first = true;
    for (const ExportColumn &column : m_columns) {
        if (!first)
            out += '\t';
        first = false;
        if (column.kind == ExportColumn::Kind::Time)
            out += "date\t";
        appendField(out, ExportColumn::name(m_store, column));
    }
    out += '\n';
}

void TsvWriter::writeRow(size_t row, std::string &out)
{
    bool first = true;
    for (const ExportColumn &column : m_columns) {
        if (!first)
            out += '\t';
        first = false;
        switch (column.kind) {
        case ExportColumn::Kind::Time: {
            const char *t = timeText(row);
            out.append(t, 10);
            out += '\t';
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
    out += '\n';
}
