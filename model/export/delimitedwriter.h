#pragma once

#include "rowwriter.h"

// What CSV and TSV share: a header row of field ids, one line per row, values separated by one
// character, the time split into a date and a time column (UTC) as in the log, "-" for an
// empty field. How a value is escaped is the subclass's part.
class DelimitedWriter : public RowWriter
{
public:
    void begin(std::string &out) override;
    void writeRow(size_t row, std::string &out) override;

protected:
    DelimitedWriter(const LogStore &store, std::vector<ExportColumn> columns, char separator,
                    std::string_view lineEnd);
    // Appends one value, escaped as the format wants.
    virtual void appendValue(std::string &out, std::string_view text) const = 0;

    // A value made ready for a cell: bytes that are not UTF-8 converted (into `buffer`), and
    // whether it holds one of the format's `Specials` (to quote or escape) or would run as a
    // spreadsheet formula.
    struct Prepared
    {
        std::string_view text;
        bool special = false;
        bool formula = false;
    };
    template <char... Specials> static Prepared prepare(std::string_view text, std::string &buffer)
    {
        bool special = false;
        bool high = false;
        for (const char c : text) {
            if (((c == Specials) || ...))
                special = true;
            else if (static_cast<unsigned char>(c) >= 0x80)
                high = true;
        }
        return finish(text, special, high, buffer);
    }

private:
    static Prepared finish(std::string_view text, bool special, bool high, std::string &buffer);

    const char m_separator;
    const std::string m_lineEnd;
};
