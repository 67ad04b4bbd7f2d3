#include "reportassembler.h"

#include "clientipanonymizer.h"
#include "reportdatacollector.h"

ReportData ReportAssembler::assemble(const Input &input)
{
    ClientIpAnonymizer anonymizer;
    ReportData data = ReportDataCollector::collect(*input.store, input.rows, {},
                                                   input.anonymize ? &anonymizer : nullptr);
    data.filters = input.filters;
    return data;
}
