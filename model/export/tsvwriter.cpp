#include "tsvwriter.h"

TsvWriter::TsvWriter(const LogStore &store, std::vector<ExportColumn> columns)
    : DelimitedWriter(store, std::move(columns), '\t', "\n")
{}

void TsvWriter::appendField(std::string &out, std::string_view text)
{
    std::string buffer;
    const Prepared value = prepare<'\t', '\r', '\n'>(text, buffer);
    if (value.formula)
        out += '\'';
    if (!value.special) {
        out.append(value.text);
        return;
    }
    for (const char c : value.text) {
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
