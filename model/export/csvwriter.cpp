#include "csvwriter.h"

CsvWriter::CsvWriter(const LogStore &store, std::vector<ExportColumn> columns)
    : DelimitedWriter(store, std::move(columns), ',', "\r\n")
{}

void CsvWriter::appendField(std::string &out, std::string_view text)
{
    std::string buffer;
    const Prepared value = prepare<',', '"', '\r', '\n'>(text, buffer);
    if (!value.special && !value.formula) {
        out.append(value.text);
        return;
    }
    out += '"';
    if (value.formula)
        out += '\'';
    for (const char c : value.text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}
