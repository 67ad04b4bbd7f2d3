#pragma once

#include "rowwriter.h"

// The HTTP.sys error log format itself, so an export reopens in this viewer, in lnav or in
// Log Parser: a #Software/#Version/#Date/#Fields header, then each row's original field text
// separated by single spaces, "-" for empty, CRLF line ends. Each row is written with the
// fields of the line it was read from; a new header block starts whenever that set changes
// (rows of several files or layouts), so every row reads back as it was.
class HttpErrWriter : public RowWriter
{
public:
    explicit HttpErrWriter(const LogStore &store);

    void begin(std::string &out) override;
    void writeRow(size_t row, std::string &out) override;

private:
    void writeHeader(const LogStore::RowLayout &layout, size_t row, std::string &out);
    static void appendToken(std::string &out, std::string_view text);

    LogStore::RowLayout m_fallback; // for rows read without a known layout: every column
    const LogStore::RowLayout *m_current = nullptr;
};
