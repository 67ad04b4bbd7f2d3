#pragma once

#include <QCoreApplication>
#include <QString>

struct SpikeEvidence;

// What the IIS access log shows in a spike's window, as the Explanation panel's HTML: the
// verdict, then each count beside its usual value in the hour around (total, slow with their
// top URLs, win32 statuses with their meanings, 5xx with substatus, stalled or failed), each
// count a RequestLink that filters the Requests table, and which clock the times were read in
// with a link ("slow:") to change the slow threshold.
class EvidenceHtml
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceHtml)

public:
    static QString render(const SpikeEvidence &evidence);
    // The link that asks for another slow threshold.
    static QString thresholdLink() { return QStringLiteral("slow:"); }
};
