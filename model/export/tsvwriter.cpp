#include "tsvwriter.h"

#include "textdecode.h"

TsvWriter::TsvWriter(const LogStore &store, std::vector<ExportColumn> columns)
    : DelimitedWriter(store, std::move(columns), '\t', "\n")
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
