#include "reportexplainer.h"

#include "clientipanonymizer.h"
#include "evidenceverdict.h"
#include "reasoncatalog.h"
#include "sentences.h"
#include "spikeevidence.h"
#include "spikesearch.h"
#include "spikesummary.h"
#include "spikeverdict.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {
// A value shared by at least this part of a spike's rows is worth naming as "most".
constexpr double MostShare = 0.5;
// ...and one holding this part of a spike's server rows is where it happened.
constexpr double NearlyAllShare = 0.8;

QString number(uint64_t n)
{
    return QLocale().toString(qulonglong(n));
}

QString percent(uint64_t part, uint64_t whole)
{
    const double p = whole ? 100.0 * double(part) / double(whole) : 0.0;
    return QLocale().toString(p, 'f', p < 10 && p > 0 ? 1 : 0) + QStringLiteral(" %");
}

const SpikeSummary::Top *topOf(const SpikeSummary &s, LogField field)
{
    for (const SpikeSummary::Top &top : s.tops) {
        if (top.field == field && !top.items.empty())
            return &top;
    }
    return nullptr;
}

// Who sent the spike's rows: one address, a few neighbours (a load balancer's nodes) or many.
QString clientsSentence(const SpikeSummary &s)
{
    const SpikeSummary::Top *top = topOf(s, LogField::ClientIp);
    if (!top)
        return {};
    const SpikeSummary::Item &first = top->items.front();
    const uint64_t count = s.spike.count;
    if (top->items.size() == 1)
        return ReportExplainer::tr("All came from one client address, %1.").arg(first.value);
    if (double(first.count) >= MostShare * double(count))
        return ReportExplainer::tr("Most came from one client address, %1 (%2 of them).")
            .arg(first.value, percent(first.count, count));
    const QString network = SpikeVerdict::network24(first.value);
    uint64_t inNetwork = 0;
    int neighbours = 0;
    for (const SpikeSummary::Item &item : top->items) {
        if (!network.isEmpty() && SpikeVerdict::network24(item.value) == network) {
            inNetwork += item.count;
            ++neighbours;
        }
    }
    if (neighbours >= 2 && double(inNetwork) >= MostShare * double(count))
        return ReportExplainer::tr(
                   "%1 of them came from %2 neighbouring addresses in %3.0/24 "
                   "(the busiest %4), which looks like the nodes of a load balancer or "
                   "proxy in front of the server.")
            .arg(percent(inNetwork, count))
            .arg(neighbours)
            .arg(network, first.value);
    return ReportExplainer::tr(
               "They came from many client addresses; the busiest, %1, sent %2 of them.")
        .arg(first.value, percent(first.count, count));
}

// What the rows asked for: nothing (no request was pending), one URL or many.
QString urlsSentence(const SpikeSummary &s)
{
    const SpikeSummary::Top *top = topOf(s, LogField::Uri);
    if (!top)
        return {};
    const SpikeSummary::Item &first = top->items.front();
    const uint64_t count = s.spike.count;
    const bool most = double(first.count) >= MostShare * double(count);
    if (first.value == QLatin1String("-"))
        return most ? ReportExplainer::tr(
                          "%1 of them carry no URL: no request was pending on those connections.")
                          .arg(percent(first.count, count))
                    : QString();
    if (top->items.size() == 1)
        return ReportExplainer::tr("All were requests for %1.").arg(first.value);
    if (most)
        return ReportExplainer::tr("Most were requests for %1 (%2 of them).")
            .arg(first.value, percent(first.count, count));
    return ReportExplainer::tr(
               "They were spread over many URLs; the most frequent, %1, had %2 of them.")
        .arg(first.value, percent(first.count, count));
}

// The application pool, when most rows name one.
QString queueSentence(const SpikeSummary &s)
{
    const SpikeSummary::Top *top = topOf(s, LogField::QueueName);
    if (!top || top->items.front().value == QLatin1String("-")
        || double(top->items.front().count) < MostShare * double(s.spike.count))
        return {};
    if (top->items.size() == 1)
        return ReportExplainer::tr("All were queued for the application pool %1.")
            .arg(top->items.front().value);
    return ReportExplainer::tr("Most were queued for the application pool %1 (%2 of them).")
        .arg(top->items.front().value, percent(top->items.front().count, s.spike.count));
}

QString risesSentence(const SpikeSummary &s)
{
    if (s.rises.empty())
        return ReportExplainer::tr("No other reason rose at the same time.");
    QStringList items;
    for (const SpikeSummary::Rise &rise : s.rises) {
        items << ReportExplainer::tr("%1 (%2 rows, about %3 expected)")
                     .arg(rise.reason, number(rise.count),
                          QLocale().toString(rise.expected, 'f', rise.expected < 10 ? 1 : 0));
    }
    return ReportExplainer::tr("Meanwhile %1 rose as well.")
        .arg(items.join(ReportExplainer::tr(", ", "between reasons")));
}
} // namespace

QString ReportExplainer::serversSentence(const SpikeSummary &s)
{
    if (s.serverCount < 2 || s.servers.empty())
        return {};
    uint64_t total = 0;
    for (const SpikeSummary::Item &item : s.servers)
        total += item.count;
    const SpikeSummary::Item &first = s.servers.front();
    if (s.servers.size() == 1)
        return tr("Only %1 logged them; the other servers have none in that time.")
            .arg(first.value);
    if (int(s.servers.size()) == s.serverCount) {
        if (double(first.count) >= NearlyAllShare * double(total))
            return tr("Every server logged some, but most came from %1 (%2 of them).")
                .arg(first.value, percent(first.count, total));
        return tr("All %1 servers logged them; the busiest, %2, %3 of them.")
            .arg(s.serverCount)
            .arg(first.value, percent(first.count, total));
    }
    QStringList items;
    for (const SpikeSummary::Item &item : s.servers)
        items << tr("%1 (%2)", "a server and its share of a spike")
                     .arg(item.value, percent(item.count, total));
    return tr("%1 of %2 servers logged them: %3.")
        .arg(s.servers.size())
        .arg(s.serverCount)
        .arg(items.join(tr(", ", "between servers")));
}

ReportData::Spike ReportExplainer::describe(const SpikeSummary &s)
{
    const Spike &k = s.spike;
    ReportData::Spike out;
    out.start = k.start;
    out.end = k.end;
    out.reason = s.reason;
    out.count = k.count;
    out.summary =
        tr("%1 %2 rows in %3, %4 at the peak where %5 is usual; %6 of all rows in "
           "that time.")
            .arg(number(k.count), s.reason, ReportExplainer::duration(k.duration()),
                 ReportExplainer::rate(k.peakPerMinute), ReportExplainer::rate(k.baselinePerMinute),
                 percent(k.count, s.rowsInWindow));
    QStringList sentences;
    for (const QString &sentence : {serversSentence(s), clientsSentence(s), urlsSentence(s),
                                    queueSentence(s), risesSentence(s)}) {
        if (!sentence.isEmpty())
            sentences << sentence;
    }
    out.explanation = Sentences::join(sentences);
    const SpikeVerdict verdict = SpikeVerdict::judge(s);
    out.verdict = Sentences::join({verdict.meaning, verdict.reach});
    out.checks = verdict.checks;
    return out;
}

QString ReportExplainer::duration(int64_t seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 ? tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                            : tr("%1 min").arg(seconds / 60);
    return seconds % 3600 / 60 ? tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60)
                               : tr("%1 h").arg(seconds / 3600);
}

// Per minute when there is at least one a minute, else per hour, so that small rates do not
// read as "0.1".
QString ReportExplainer::rate(double perMinute)
{
    const QLocale locale;
    if (perMinute >= 1.0)
        return tr("%1/min").arg(locale.toString(perMinute, 'f', perMinute >= 10 ? 0 : 1));
    const double perHour = perMinute * 60;
    return tr("%1/h").arg(locale.toString(perHour, 'f', perHour >= 10 ? 0 : 1));
}

QString ReportExplainer::statusAndStage(const QString &status, ReasonCatalog::Stage stage)
{
    const QString sent = status == QLatin1String("-") ? tr("No status sent (logged as -).")
                                                      : tr("Status %1.").arg(status);
    return Sentences::append(sent, ReasonCatalog::stageText(stage));
}

ReportData::Explanation ReportExplainer::explain(const QString &reason, uint64_t count)
{
    const ReasonCatalog::Entry e = ReasonCatalog::lookup(reason);
    ReportData::Explanation out;
    out.reason = reason;
    out.count = count;
    if (e.known) {
        QString context = statusAndStage(e.status, e.stage);
        if (!e.documented)
            context = Sentences::append(tr("Not in Microsoft's list."), context);
        out.context = context;
    }
    out.text = e.meaning;
    out.causes = e.causes;
    out.checks = e.checks;
    out.settings = e.settings;
    return out;
}

void ReportExplainer::addSpikes(ReportData &data, const LogStore &store,
                                const std::vector<uint32_t> *rows, ClientIpAnonymizer *anonymizer,
                                const ReportRequests &requests)
{
    const SpikeSearch search(store, rows);
    data.spikesSearched = true;
    const bool evidence = requests.store && requests.store->rowCount() > 0;
    for (size_t i = 0; i < search.spikes().size(); ++i) {
        addSpike(data, search.summarize(i), anonymizer);
        if (evidence)
            addEvidence(data.spikes.back(),
                        SpikeEvidence::forSpike(*requests.store, store, search.spikes()[i], rows,
                                                requests.slowSeconds));
    }
}

void ReportExplainer::addEvidence(ReportData::Spike &spike, const SpikeEvidence &evidence)
{
    const EvidenceVerdict verdict = EvidenceVerdict::judge(evidence);
    spike.evidence = verdict.verdict;
    spike.evidenceFacts = verdict.facts;
    spike.evidenceClock = verdict.clock;
}

void ReportExplainer::addSpike(ReportData &data, SpikeSummary summary,
                               ClientIpAnonymizer *anonymizer)
{
    data.spikesSearched = true;
    for (SpikeSummary::Top &top : summary.tops) {
        if (top.field != LogField::ClientIp || !anonymizer)
            continue;
        for (SpikeSummary::Item &item : top.items) {
            if (item.value == QLatin1String("-"))
                continue;
            const QByteArray address = item.value.toUtf8();
            const std::string_view standIn = anonymizer->pseudonym(
                std::string_view(address.constData(), size_t(address.size())));
            item.value = QString::fromUtf8(standIn.data(), qsizetype(standIn.size()));
        }
    }
    data.spikes.push_back(describe(summary));
}

void ReportExplainer::addExplanations(ReportData &data, size_t top)
{
    auto explained = [&data](const QString &reason) {
        return std::any_of(data.explanations.begin(), data.explanations.end(),
                           [&](const ReportData::Explanation &e) { return e.reason == reason; });
    };
    for (size_t i = 0; i < std::min(top, data.reasons.size()); ++i)
        data.explanations.push_back(explain(data.reasons[i].text, data.reasons[i].count));
    for (const ReportData::Spike &spike : data.spikes) {
        if (explained(spike.reason))
            continue;
        const auto it =
            std::find_if(data.reasons.begin(), data.reasons.end(),
                         [&](const ReportData::Count &c) { return c.text == spike.reason; });
        data.explanations.push_back(
            explain(spike.reason, it != data.reasons.end() ? it->count : 0));
    }
}
