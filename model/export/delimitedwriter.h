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

private:
    const char m_separator;
    const std::string m_lineEnd;
};
