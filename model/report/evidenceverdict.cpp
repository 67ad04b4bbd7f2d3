#include "evidenceverdict.h"

#include "spikeevidence.h"

#include "accessclock.h"

#include <QLocale>

namespace {
// A count is remarkable when it is clearly above its usual value: at least `least` and
// three times the usual plus a little noise.
bool remarkable(uint64_t count, double usual, uint64_t least = 5)
{
    return count >= least && double(count) >= 3 * usual + 3;
}

bool isNetworkError(uint32_t code)
{
    return code == 64 || code == 1236 || code == 995 || code == 121;
}

struct Meaning
{
    uint32_t code;
    const char *text;
};

// What the win32 statuses that matter for dropped connections mean (the Windows error texts,
// shortened).
constexpr Meaning win32Meanings[] = {
    {64, QT_TRANSLATE_NOOP("EvidenceVerdict", "network name no longer available")},
    {1236, QT_TRANSLATE_NOOP("EvidenceVerdict", "connection aborted by the local system")},
    {995, QT_TRANSLATE_NOOP("EvidenceVerdict", "I/O operation aborted")},
    {121, QT_TRANSLATE_NOOP("EvidenceVerdict", "semaphore timeout expired")},
    {1229, QT_TRANSLATE_NOOP("EvidenceVerdict", "no such network connection")},
    {2, QT_TRANSLATE_NOOP("EvidenceVerdict", "file not found")},
    {5, QT_TRANSLATE_NOOP("EvidenceVerdict", "access denied")},
};

// 503 by substatus.
constexpr Meaning unavailableMeanings[] = {
    {0, QT_TRANSLATE_NOOP("EvidenceVerdict", "application pool unavailable")},
    {2, QT_TRANSLATE_NOOP("EvidenceVerdict", "concurrent request limit reached")},
    {3, QT_TRANSLATE_NOOP("EvidenceVerdict", "ASP.NET queue full")},
    {4, QT_TRANSLATE_NOOP("EvidenceVerdict", "FastCGI queue full")},
};

QString number(double value)
{
    return QLocale().toString(value, 'f', value < 10 ? 1 : 0);
}
} // namespace

QString EvidenceVerdict::win32Meaning(uint32_t code)
{
    for (const Meaning &m : win32Meanings) {
        if (m.code == code)
            return tr(m.text);
    }
    return {};
}

QString EvidenceVerdict::statusMeaning(uint32_t status, uint32_t substatus)
{
    if (status == 503) {
        for (const Meaning &m : unavailableMeanings) {
            if (m.code == substatus)
                return tr(m.text);
        }
        return tr("service unavailable");
    }
    if (status == 500)
        return substatus == 19 ? tr("configuration data invalid") : tr("server error");
    if (status == 502)
        return tr("bad gateway: the back end failed or timed out");
    return {};
}

QString EvidenceVerdict::durationOver(uint32_t ms)
{
    const uint32_t seconds = ms / 1000;
    if (seconds >= 120)
        return tr("over %n minute(s)", nullptr, int(seconds / 60));
    return tr("over %n second(s)", nullptr, int(seconds));
}

QString EvidenceVerdict::clockSentence(const SpikeEvidence &e)
{
    bool same = true;
    QStringList each;
    for (const auto &[server, offset] : e.clocks) {
        same = same && offset == e.clocks.front().second;
        each << server + QLatin1Char(' ') + AccessClock::offsetText(offset);
    }
    if (e.clocks.empty() || (same && e.clocks.front().second == 0))
        return tr("Access-log times read as UTC, as IIS writes them.");
    if (same)
        return tr("Access-log times read as %1, as given for these logs, and converted to UTC.")
            .arg(AccessClock::offsetText(e.clocks.front().second));
    return tr("Access-log times read in each server's clock, as given: %1.")
        .arg(each.join(QStringLiteral(", ")));
}

EvidenceVerdict EvidenceVerdict::judge(const SpikeEvidence &e)
{
    EvidenceVerdict v;
    v.clock = clockSentence(e);
    if (!e.covered) {
        v.finding = Finding::NotCovered;
        v.verdict = tr("No access-log rows cover this window.");
        return v;
    }
    const QLocale locale;
    v.facts << tr("Requests that ended in this window: %1 (usually about %2)")
                   .arg(locale.toString(qulonglong(e.total)), number(e.usualTotal));
    if (e.timeTaken)
        v.facts << tr("Took %1 s or longer: %2 (usually about %3)")
                       .arg(e.slowSeconds)
                       .arg(locale.toString(qulonglong(e.slow)), number(e.usualSlow));
    for (const auto &[url, count] : e.topSlowUrls)
        v.facts << tr("  slow: %1 × %2")
                       .arg(locale.toString(qulonglong(count)), QString::fromStdString(url));
    for (const auto &[code, count] : e.win32) {
        const QString meaning = win32Meaning(code);
        v.facts
            << (meaning.isEmpty()
                    ? tr("Win32 status %1: %2").arg(code).arg(locale.toString(qulonglong(count)))
                    : tr("Win32 status %1 (%2): %3")
                          .arg(code)
                          .arg(meaning, locale.toString(qulonglong(count))));
    }
    for (const auto &[status, count] : e.status)
        v.facts << tr("Status %1: %2").arg(status).arg(locale.toString(qulonglong(count)));
    for (const auto &[substatus, count] : e.status503)
        v.facts << tr("  503.%1 (%2): %3")
                       .arg(substatus)
                       .arg(statusMeaning(503, substatus), locale.toString(qulonglong(count)));
    v.facts << tr("Stalled or failed: %1 (usually about %2)")
                   .arg(locale.toString(qulonglong(e.failed)), number(e.usualFailed));

    uint32_t netCode = 0;
    uint64_t netCount = 0;
    for (const auto &[code, count] : e.win32) {
        if (isNetworkError(code) && count > netCount) {
            netCode = code;
            netCount = count;
        }
    }
    uint64_t serverErrors = 0;
    for (const auto &[status, count] : e.status)
        serverErrors += status == 500 || status == 503 ? count : 0;

    if (remarkable(e.slow, e.usualSlow) && !e.topSlowUrls.empty()) {
        v.finding = Finding::Stall;
        const auto &[url, count] = e.topSlowUrls.front();
        const QString who =
            tr("%n request(s) to %1", nullptr, int(count)).arg(QString::fromStdString(url));
        const QString over = durationOver(e.shortestSlowMs);
        v.verdict = netCount * 2 >= e.slow
                        ? tr("%1 took %2 and ended with ‘%3’ (%4) in this window: the application "
                             "stalled; HTTP.sys dropped the connections it could not log.")
                              .arg(who, over, win32Meaning(netCode))
                              .arg(netCode)
                        : tr("%1 took %2 in this window: the application stalled; HTTP.sys "
                             "dropped the connections it could not log.")
                              .arg(who, over);
    } else if (remarkable(serverErrors, e.usualFailed)) {
        v.finding = Finding::ServerErrors;
        const auto &[status, count] = e.status.front();
        const uint32_t substatus =
            status == 503 && !e.status503.empty() ? e.status503.front().first : 0;
        v.verdict = tr("%n request(s) ended with status %1 (%2) in this window: the application "
                       "side was failing while HTTP.sys dropped connections.",
                       nullptr, int(count))
                        .arg(status)
                        .arg(statusMeaning(status, substatus));
    } else if (remarkable(netCount, e.usualFailed)) {
        v.finding = Finding::NetworkErrors;
        v.verdict = tr("%n request(s) ended with ‘%1’ (%2) without taking long: clients or a "
                       "load balancer gave up on their connections.",
                       nullptr, int(netCount))
                        .arg(win32Meaning(netCode))
                        .arg(netCode);
    } else if (e.total == 0 && e.usualTotal >= 5) {
        v.finding = Finding::NothingEnded;
        v.verdict = tr("No request ended in this window, where about %1 usually do: the "
                       "application may have hung.")
                        .arg(number(e.usualTotal));
    } else {
        v.finding = Finding::NothingUnusual;
        v.verdict = tr("The access log shows nothing unusual in this window: look at the client "
                       "side or the network.");
    }
    return v;
}
