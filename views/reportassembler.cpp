#include "reportassembler.h"

#include "chartimage.h"
#include "clientipanonymizer.h"
#include "reportdatacollector.h"
#include "reportexplainer.h"

ReportData ReportAssembler::assemble(const Input &input)
{
    ClientIpAnonymizer anonymizer;
    ReportDataCollector::Options options;
    options.zone = input.zone;
    ReportData data = ReportDataCollector::collect(*input.store, input.rows, options,
                                                   input.anonymize ? &anonymizer : nullptr);
    data.filters = input.filters;
    if (input.chart)
        data.chartPng =
            ChartImage::reportPng(*input.store, input.rows, ChartSize, ChartScale, input.zone);
    ReportExplainer::addSpikes(data, *input.store, input.rows,
                               input.anonymize ? &anonymizer : nullptr);
    ReportExplainer::addExplanations(data);
    return data;
}
