#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>

struct SpikeSummary;

// What a spike most likely is, in words a support engineer can act on: how far above its
// usual rate it rose and what share of the traffic it was, where its rows came from (one
// client, a proxy's nodes, a few clients or many; one server or all), what that pattern
// usually means and what to check next. Judged from a SpikeSummary alone, so the window's
// Explanation panel, its spike list and the report say the same.
class SpikeVerdict
{
    Q_DECLARE_TR_FUNCTIONS(SpikeVerdict)

public:
    // The likely story, first match wins in this order.
    enum class Pattern : uint8_t {
        OneClient,        // one address sent at least half the rows
        ProxyNodes,       // neighbours in one /24 sent at least half: a load balancer's nodes
        FewClients,       // the top three addresses sent at least 80 %
        ApplicationStall, // the application side rose too, or requests waited in one pool
        OneServer,        // one server of several logged (nearly) all of it
        Shared,           // many clients on every server: something they all go through
    };

    Pattern pattern = Pattern::Shared;
    QString intensity;  // "38 times its usual rate at the peak; 92 % of all rows in that time."
    QString reach;      // "From 212 client addresses and 40 URLs, on all 3 servers."
    QString meaning;    // "Most likely …": the verdict itself
    QStringList checks; // what to check next for this pattern, most telling first

    static SpikeVerdict judge(const SpikeSummary &summary);
    // A few words for a list: "One client", "Application stall"…
    static QString patternName(Pattern pattern);
    // The IPv4 /24 network of an address ("10.20.0" for 10.20.0.14), or empty.
    static QString network24(const QString &address);
    // Reasons that mean the application side (pool, queue) was in trouble.
    static bool isApplicationReason(const QString &reason);
};
