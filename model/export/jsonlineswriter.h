#pragma once

#include "rowwriter.h"

// JSON Lines: one object per row and line (LF), keys as in #Fields. The time is written three
// ways: "timestamp" in ISO 8601 UTC, plus "date" and "time" as in the log. Numeric fields whose
// text is an integer (an access log's sc-substatus and sc-win32-status too) are JSON numbers, "-"
// is null, everything else is a string.
class JsonLinesWriter : public RowWriter
{
public:
    JsonLinesWriter(const LogStore &store, std::vector<ExportColumn> columns);

    void begin(std::string &out) override;
    void writeRow(size_t row, std::string &out) override;

    // Appends `text` as a JSON string, quotes included.
    static void appendString(std::string &out, std::string_view text);
    // True for text JSON can carry as an exact number: digits only, no leading zero, at most
    // 15 digits (so a reader using doubles gets it exactly).
    static bool isJsonInteger(std::string_view text);

private:
    std::vector<std::string> m_keys; // the quoted key and colon, per column
    std::vector<bool> m_numeric;     // per column
};
