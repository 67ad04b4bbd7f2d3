#include "httperrwriter.h"

#include "logbatch.h"

HttpErrWriter::HttpErrWriter(const LogStore &store)
    : RowWriter(store, {})
{
    m_fallback.fields.push_back({"date", LogBatch::DateSlot});
    m_fallback.fields.push_back({"time", LogBatch::TimeSlot});
    for (size_t c = 0; c < store.columnCount(); ++c) {
        const LogStore::Column &column = store.column(c);
        const std::string name = column.field == LogField::Extra
                                     ? column.name
                                     : std::string(LogFields::id(column.field));
        m_fallback.fields.push_back({name, int(c)});
    }
}

void HttpErrWriter::begin(std::string &)
{
    // Each header block is written with its first row, where its fields are known.
}

void HttpErrWriter::appendToken(std::string &out, std::string_view text)
{
    // A field cannot hold the separator: HTTP.sys itself writes '+' for spaces and control
    // characters inside a value.
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            out += '+';
        else
            out += c;
    }
}

void HttpErrWriter::writeHeader(const LogStore::RowLayout &layout, size_t row, std::string &out)
{
    // HTTP.sys dates a block by the time of its first entry.
    out += "#Software: Microsoft HTTP API 2.0\r\n#Version: 1.0\r\n#Date: ";
    out.append(timeText(row), 19);
    out += "\r\n#Fields:";
    for (const LogStore::RowLayout::Slot &slot : layout.fields) {
        out += ' ';
        appendToken(out, slot.name);
    }
    out += "\r\n";
}

void HttpErrWriter::writeRow(size_t row, std::string &out)
{
    const LogStore::RowLayout *layout = m_store.layoutOf(row);
    if (!layout)
        layout = &m_fallback;
    if (layout != m_current) {
        writeHeader(*layout, row, out);
        m_current = layout;
    }
    bool first = true;
    for (const LogStore::RowLayout::Slot &slot : layout->fields) {
        if (!first)
            out += ' ';
        first = false;
        if (slot.column == LogBatch::DateSlot) {
            out.append(timeText(row), 10);
        } else if (slot.column == LogBatch::TimeSlot) {
            out.append(timeText(row) + 11, 8);
        } else {
            const std::string_view text = fieldText(slot.column, row);
            if (text.empty())
                out += '-';
            else
                appendToken(out, text);
        }
    }
    out += "\r\n";
}
