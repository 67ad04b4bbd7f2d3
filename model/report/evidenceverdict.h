#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>

struct SpikeEvidence;

// What the IIS access log says about a Connection_Dropped spike, in plain words: a verdict
// (the application stalled, it failed with 5xx, clients gave up, nothing ended, nothing
// unusual, or no access-log rows for the window) and the counts behind it beside their usual
// values in the hour around. Judged from a SpikeEvidence alone, so the command line, the
// Explanation panel and the report say the same.
class EvidenceVerdict
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceVerdict)

public:
    enum class Finding : uint8_t {
        NotCovered,     // no access-log rows of these servers span the window
        Stall,          // many requests took over the threshold
        ServerErrors,   // a wave of 500 or 503
        NetworkErrors,  // many requests ended with a network error without taking long
        NothingEnded,   // no request ended where many usually do
        NothingUnusual, // the access log looks as usual
    };

    Finding finding = Finding::NotCovered;
    QString verdict;   // one sentence
    QStringList facts; // the counts, each beside its usual value
    QString clock;     // which clock the access-log times were read in

    static EvidenceVerdict judge(const SpikeEvidence &evidence);
    // What a win32 status means ("the specified network name is no longer available"), or empty.
    static QString win32Meaning(uint32_t code);
    // What a 5xx status with its substatus means ("application pool unavailable"), or empty.
    static QString statusMeaning(uint32_t status, uint32_t substatus);
    // Which clock the access-log times were read in, as a sentence.
    static QString clockSentence(const SpikeEvidence &evidence);
    // "over 2 minutes", "over 110 seconds": at least `ms` milliseconds, rounded down.
    static QString durationOver(uint32_t ms);
};
