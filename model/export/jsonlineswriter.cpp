#include "jsonlineswriter.h"

#include "requestfield.h"
#include "textdecode.h"

namespace {
// Fields written as numbers when their text is an integer: the numeric httperr fields, and the
// access-log number fields that httperr never has (sc-substatus, sc-win32-status).
bool isNumericColumn(const LogStore::Column &column)
{
    RequestField::Number number;
    return LogFields::isNumeric(column.field)
           || (column.field == LogField::Extra && RequestField::numberOf(column.name, number));
}
} // namespace

JsonLinesWriter::JsonLinesWriter(const LogStore &store, std::vector<ExportColumn> columns)
    : RowWriter(store, std::move(columns))
{
    for (const ExportColumn &column : m_columns) {
        std::string key;
        appendString(key, ExportColumn::name(m_store, column));
        key += ':';
        m_keys.push_back(std::move(key));
        m_numeric.push_back(column.kind == ExportColumn::Kind::Field
                            && isNumericColumn(m_store.column(size_t(column.storeColumn))));
    }
}

void JsonLinesWriter::appendString(std::string &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    std::string converted;
    if (!isAscii(text) && !TextDecode::isValidUtf8(text)) {
        appendUtf8(converted, text);
        text = converted;
    }
    out += '"';
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            switch (c) {
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

bool JsonLinesWriter::isJsonInteger(std::string_view text)
{
    if (text.empty() || text.size() > 15 || (text.size() > 1 && text.front() == '0'))
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

void JsonLinesWriter::begin(std::string &)
{
    // JSON Lines has no header: every object names its keys.
}

void JsonLinesWriter::writeRow(size_t row, std::string &out)
{
    out += '{';
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const ExportColumn &column = m_columns[i];
        if (i)
            out += ',';
        switch (column.kind) {
        case ExportColumn::Kind::Time: {
            const char *t = timeText(row);
            out += "\"timestamp\":\"";
            out.append(t, 10);
            out += 'T';
            out.append(t + 11, 8);
            out.append(timeOffset());
            out += "\",\"date\":\"";
            out.append(t, 10);
            out += "\",\"time\":\"";
            out.append(t + 11, 8);
            out += '"';
            break;
        }
        case ExportColumn::Kind::Field: {
            out += m_keys[i];
            const std::string_view text = fieldText(column.storeColumn, row);
            if (text.empty())
                out += "null";
            else if (m_numeric[i] && isJsonInteger(text))
                out.append(text);
            else
                appendString(out, text);
            break;
        }
        case ExportColumn::Kind::Server:
            out += m_keys[i];
            appendString(out, serverName(row));
            break;
        case ExportColumn::Kind::File:
            out += m_keys[i];
            appendString(out, fileName(row));
            break;
        case ExportColumn::Kind::Line:
            out += m_keys[i];
            appendNumber(out, m_store.line(row));
            break;
        }
    }
    out += "}\n";
}
