#pragma once

#include "rowwriter.h"

// Tab-separated values in UTF-8 with LF line ends and a header row of field ids. A value cannot
// hold the separators, so a tab, CR or LF inside one is written as \t, \r or \n. The time
// becomes two columns, date and time (UTC), as in the log.
class TsvWriter : public RowWriter
{
public:
    TsvWriter(const LogStore &store, std::vector<ExportColumn> columns);

    void begin(std::string &out) override;
    void writeRow(size_t row, std::string &out) override;

    // Appends one value with tabs and line breaks escaped.
    static void appendField(std::string &out, std::string_view text);
};
