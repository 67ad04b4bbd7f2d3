#include "csvwriter.h"

#include "textdecode.h"

CsvWriter::CsvWriter(const LogStore &store, std::vector<ExportColumn> columns)
    : DelimitedWriter(store, std::move(columns), ',', "\r\n")
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
