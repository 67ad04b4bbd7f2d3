#pragma once

#include "ledgerentry.h"
#include "logbatch.h"

#include <QByteArray>

#include <string>
#include <vector>

// Turns parsed rows into RowBinary rows of httperr_rows (ClickHouseSchema::insertRows()) and
// notes what they tell the file's ledger entry (rows, time span, columns, layouts). Values are
// written from the batch's string pools as they were read; the client address is also written
// as the numbers the SQL filter compares (ClientIpCriterion's reading of it, worked out once
// per distinct value).
class IngestEncoder
{
public:
    // Appends every row of `batch` (a batch of `file`) to `out`.
    static void encode(const LogBatch &batch, LedgerEntry &file, QByteArray &out);

    // The address columns for one c-ip value: ip_kind, ip_v4 (-1: no IPv4 meaning), ip_v6.
    struct Address
    {
        uint8_t kind = 0;
        int64_t v4 = -1;
        unsigned char v6[16] = {};
    };
    static Address address(std::string_view text);
};
