#include "reportassembler.h"

#include "chartimage.h"
#include "clientipanonymizer.h"
#include "reportdatacollector.h"
#include "reportexplainer.h"
#include "reportscope.h"
#include "requeststore.h"
#include "spikeevidence.h"

ReportData ReportAssembler::assemble(const Input &input)
{
    ClientIpAnonymizer anonymizer;
    ClientIpAnonymizer *standIns = input.anonymize ? &anonymizer : nullptr;
    ReportDataCollector::Options options;
    options.zone = input.zone;
    std::vector<uint32_t> window;
    const std::vector<uint32_t> *rows = input.rows;
    if (input.spike) {
        window = ReportScope::spikeRows(*input.store, input.rows, input.spike->spike);
        rows = &window;
    } else if (input.selection) {
        rows = input.selection;
    }
    ReportData data = ReportDataCollector::collect(*input.store, rows, options, standIns);
    data.filters = input.filters;
    if (input.chart)
        data.chartPng =
            ChartImage::reportPng(*input.store, rows, ChartSize, ChartScale, input.zone);
    if (input.spike) {
        ReportExplainer::addSpike(data, *input.spike, standIns);
        if (input.requests.store && input.requests.store->rowCount() > 0)
            ReportExplainer::addEvidence(
                data.spikes.back(),
                SpikeEvidence::forSpike(*input.requests.store, *input.store, input.spike->spike,
                                        input.rows, input.requests.slowSeconds));
        data.scope =
            ReportScope::spikeSentence(*input.spike, window.size(), TimeFormat(input.zone));
    } else {
        ReportExplainer::addSpikes(data, *input.store, rows, standIns, input.requests);
        if (input.selection)
            data.scope = ReportScope::selectionSentence(input.selection->size());
    }
    for (const ReportData::Bookmark &b : input.bookmarks) {
        if (data.filteredRows > 0 && b.end >= data.filteredFirst && b.start <= data.filteredLast)
            data.bookmarks.push_back(b);
    }
    if (!data.scope.isEmpty())
        data.passingRows = input.rows ? input.rows->size() : input.store->rowCount();
    ReportExplainer::addExplanations(data);
    return data;
}
