#pragma once

#include "delimitedwriter.h"

// Tab-separated values in UTF-8 with LF line ends and a header row of field ids. A value cannot
// hold the separators, so a tab, CR or LF inside one is written as \t, \r or \n. The time
// becomes two columns, date and time (UTC), as in the log.
class TsvWriter : public DelimitedWriter
{
public:
    TsvWriter(const LogStore &store, std::vector<ExportColumn> columns);

    // Appends one value with tabs and line breaks escaped.
    static void appendField(std::string &out, std::string_view text);

protected:
    void appendValue(std::string &out, std::string_view text) const override
    {
        appendField(out, text);
    }
};
