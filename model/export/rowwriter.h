#pragma once

#include "displayzone.h"
#include "exportcolumn.h"
#include "exportformat.h"
#include "logstore.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

class ClientIpAnonymizer;

// Turns store rows into the bytes of one export format. Works on the store's bytes and appends
// to a caller's buffer, so the hot path allocates nothing per cell. One writer serves one
// export; it is not thread-safe but may run on any one thread.
class RowWriter
{
public:
    RowWriter(const LogStore &store, std::vector<ExportColumn> columns);
    virtual ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    // The writer for `format`. The httperr writer ignores `columns`: it always writes the
    // fields each row was read with, so the file reads back as it was.
    static std::unique_ptr<RowWriter> create(ExportFormat format, const LogStore &store,
                                             std::vector<ExportColumn> columns);

    // Replaces client addresses by the anonymizer's stand-ins (not owned; null for none).
    void setAnonymizer(ClientIpAnonymizer *anonymizer) { m_anonymizer = anonymizer; }
    // Writes times on `zone`'s clock, each with its offset (timeOffset()); UTC by default.
    void setTimeZone(const DisplayZone &zone);
    // Appends what precedes the rows (a header line, or nothing).
    virtual void begin(std::string &out) = 0;
    // Appends one row of the store.
    virtual void writeRow(size_t row, std::string &out) = 0;
    // Fetches ahead what writeRow(row) will read from the columns with many values (URLs,
    // addresses, ports): call with a row some 16 rows ahead, then prefetchText() with one
    // some 8 rows ahead. Only a hint: it changes the speed, never the output.
    void prefetch(size_t row) const;
    void prefetchText(size_t row) const;

protected:
    // A field's bytes as stored (client addresses anonymised); empty means "-".
    std::string_view fieldText(int storeColumn, size_t row);
    // The row's time as "YYYY-MM-DD HH:MM:SS" (19 bytes) on the zone's clock; valid until the
    // next call.
    const char *timeText(size_t row);
    // The offset of the last timeText(): "+01:00", or "Z" in UTC.
    std::string_view timeOffset() const { return m_timeOffset; }
    bool isUtc() const { return m_zone.isUtc(); }
    // The path of the file a row came from, relative to what was opened, in UTF-8.
    std::string_view fileName(size_t row);
    // The name of the server a row came from, in UTF-8.
    std::string_view serverName(size_t row);
    // Appends bytes as UTF-8: valid UTF-8 unchanged, anything else read as Latin-1, as the
    // table shows it.
    static void appendUtf8(std::string &out, std::string_view bytes);
    static void appendNumber(std::string &out, uint64_t value);
    // True when a spreadsheet would run the text as a formula (=, +, @, or - and more): the
    // log holds text chosen by whoever sent the request, so CSV and TSV cells like this get
    // a leading apostrophe.
    static bool looksLikeFormula(std::string_view text);
    static bool isAscii(std::string_view bytes);

    const LogStore &m_store;
    const std::vector<ExportColumn> m_columns;

private:
    ClientIpAnonymizer *m_anonymizer = nullptr;
    std::vector<size_t> m_wideColumns; // store columns whose pools outgrow the CPU caches
    int m_clientIpColumn;
    int64_t m_cachedTime;
    char m_timeText[20];
    DisplayZone m_zone;
    std::string m_timeOffset = "Z";
    std::vector<std::string> m_fileNames;
    std::vector<std::string> m_serverNames;
};
