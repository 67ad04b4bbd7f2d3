#pragma once

#include "delimitedwriter.h"

// RFC 4180 CSV in UTF-8: a header row of field ids, CRLF line ends, and fields holding a comma,
// a double quote, CR or LF quoted with inner quotes doubled. The time becomes two columns,
// date and time (UTC), as in the log.
class CsvWriter : public DelimitedWriter
{
public:
    CsvWriter(const LogStore &store, std::vector<ExportColumn> columns);

    // Appends one field, quoted when it needs to be.
    static void appendField(std::string &out, std::string_view text);

protected:
    void appendValue(std::string &out, std::string_view text) const override
    {
        appendField(out, text);
    }
};
