#include "spikeverdict.h"

#include "spikesummary.h"

#include <QLocale>

#include <algorithm>

namespace {
constexpr double MostShare = 0.5;
constexpr double NearlyAllShare = 0.8;
constexpr size_t FewClients = 3;

const SpikeSummary::Top *topOf(const SpikeSummary &s, LogField field)
{
    for (const SpikeSummary::Top &top : s.tops) {
        if (top.field == field && !top.items.empty())
            return &top;
    }
    return nullptr;
}

double shareOf(uint64_t part, uint64_t whole)
{
    return whole ? double(part) / double(whole) : 0.0;
}

QString percent(double share)
{
    const double p = 100.0 * share;
    return QLocale().toString(p, 'f', p < 10 && p > 0 ? 1 : 0) + QStringLiteral(" %");
}

// The top value of `field` (not "-") when it holds at least `share` of the rows.
QString dominant(const SpikeSummary &s, LogField field, double share)
{
    const SpikeSummary::Top *top = topOf(s, field);
    if (!top || top->items.front().value == QLatin1String("-")
        || shareOf(top->items.front().count, s.spike.count) < share)
        return {};
    return top->items.front().value;
}

// The /24 shared by at least half the rows through two or more of the top addresses.
QString proxyNetwork(const SpikeSummary &s)
{
    const SpikeSummary::Top *top = topOf(s, LogField::ClientIp);
    if (!top)
        return {};
    const QString network = SpikeVerdict::network24(top->items.front().value);
    if (network.isEmpty())
        return {};
    uint64_t rows = 0;
    int addresses = 0;
    for (const SpikeSummary::Item &item : top->items) {
        if (SpikeVerdict::network24(item.value) == network) {
            rows += item.count;
            ++addresses;
        }
    }
    return addresses >= 2 && shareOf(rows, s.spike.count) >= MostShare ? network : QString();
}

uint64_t topRows(const SpikeSummary &s, LogField field, size_t n)
{
    const SpikeSummary::Top *top = topOf(s, field);
    uint64_t rows = 0;
    for (size_t i = 0; top && i < std::min(n, top->items.size()); ++i)
        rows += top->items[i].count;
    return rows;
}

uint64_t serverRows(const SpikeSummary &s)
{
    uint64_t total = 0;
    for (const SpikeSummary::Item &item : s.servers)
        total += item.count;
    return total;
}

// The one server of several that logged nearly all the rows, or empty.
QString loneServer(const SpikeSummary &s)
{
    if (s.serverCount < 2 || s.servers.empty())
        return {};
    return s.servers.size() == 1
                   || shareOf(s.servers.front().count, serverRows(s)) >= NearlyAllShare
               ? s.servers.front().value
               : QString();
}

QString risenApplicationReason(const SpikeSummary &s)
{
    for (const SpikeSummary::Rise &rise : s.rises) {
        if (SpikeVerdict::isApplicationReason(rise.reason))
            return rise.reason;
    }
    return {};
}

// Most rows name a URL: requests were waiting when the connections went.
bool requestsPending(const SpikeSummary &s)
{
    const SpikeSummary::Top *top = topOf(s, LogField::Uri);
    if (!top)
        return false;
    uint64_t none = 0;
    for (const SpikeSummary::Item &item : top->items) {
        if (item.value == QLatin1String("-"))
            none = item.count;
    }
    return shareOf(s.spike.count - std::min(none, s.spike.count), s.spike.count) >= MostShare;
}

size_t distinct(const SpikeSummary &s, LogField field)
{
    const SpikeSummary::Top *top = topOf(s, field);
    return top ? std::max(top->distinct, top->items.size()) : 0;
}
} // namespace

QString SpikeVerdict::network24(const QString &address)
{
    if (address.count(QLatin1Char('.')) != 3 || address.contains(QLatin1Char(':')))
        return {};
    return address.left(address.lastIndexOf(QLatin1Char('.')));
}

bool SpikeVerdict::isApplicationReason(const QString &reason)
{
    static const QStringList reasons{QStringLiteral("AppOffline"),
                                     QStringLiteral("AppPoolTimer"),
                                     QStringLiteral("AppShutdown"),
                                     QStringLiteral("Connection_Abandoned_By_AppPool"),
                                     QStringLiteral("Connection_Abandoned_By_ReqQueue"),
                                     QStringLiteral("QueueFull"),
                                     QStringLiteral("Timer_AppPool"),
                                     QStringLiteral("Timer_ReqQueue")};
    return reasons.contains(reason);
}

QString SpikeVerdict::patternName(Pattern pattern)
{
    switch (pattern) {
    case Pattern::OneClient:
        return tr("One client");
    case Pattern::ProxyNodes:
        return tr("Proxy or load balancer");
    case Pattern::FewClients:
        return tr("A few clients");
    case Pattern::ApplicationStall:
        return tr("Application stall");
    case Pattern::OneServer:
        return tr("One server");
    case Pattern::Shared:
        break;
    }
    return tr("Many clients");
}

namespace {
QString intensityOf(const SpikeSummary &s)
{
    const Spike &k = s.spike;
    const QString share = percent(shareOf(k.count, s.rowsInWindow));
    if (k.baselinePerMinute < 0.01)
        return SpikeVerdict::tr("Usually absent; %1 of all rows in that time.").arg(share);
    const double times = k.peakPerMinute / k.baselinePerMinute;
    return SpikeVerdict::tr("%1 times its usual rate at the peak; %2 of all rows in that time.")
        .arg(QLocale().toString(times, 'f', times < 10 ? 1 : 0), share);
}

QString reachOf(const SpikeSummary &s)
{
    const QString clients =
        SpikeVerdict::tr("%n client address(es)", nullptr, int(distinct(s, LogField::ClientIp)));
    const QString urls = SpikeVerdict::tr("%n URL(s)", nullptr, int(distinct(s, LogField::Uri)));
    if (s.serverCount < 2 || s.servers.empty())
        return SpikeVerdict::tr("From %1 and %2.").arg(clients, urls);
    QString servers;
    const QString lone = loneServer(s);
    if (s.servers.size() == 1) {
        servers = SpikeVerdict::tr("only on %1").arg(s.servers.front().value);
    } else if (!lone.isEmpty()) {
        // A few rows elsewhere are the usual background: "on all 3 servers" would hide that
        // one server logged the spike.
        servers = SpikeVerdict::tr("nearly all on %1 (%2 of %3 rows)")
                      .arg(lone, QLocale().toString(qulonglong(s.servers.front().count)),
                           QLocale().toString(qulonglong(serverRows(s))));
    } else if (s.serverCount == 2 && s.servers.size() == 2) {
        servers = SpikeVerdict::tr("on both servers");
    } else if (int(s.servers.size()) == s.serverCount) {
        servers = SpikeVerdict::tr("on all %n servers", nullptr, s.serverCount);
    } else {
        servers = SpikeVerdict::tr("on %1 of %2 servers").arg(s.servers.size()).arg(s.serverCount);
    }
    return SpikeVerdict::tr("From %1 and %2, %3.", "clients, URLs, servers")
        .arg(clients, urls, servers);
}
} // namespace

SpikeVerdict SpikeVerdict::judge(const SpikeSummary &s)
{
    SpikeVerdict v;
    v.intensity = intensityOf(s);
    v.reach = reachOf(s);
    const QString client = dominant(s, LogField::ClientIp, MostShare);
    const QString network = proxyNetwork(s);
    const QString pool = dominant(s, LogField::QueueName, NearlyAllShare);
    const QString appReason = risenApplicationReason(s);
    const bool pending = requestsPending(s);
    const QString server = loneServer(s);
    if (!client.isEmpty()) {
        v.pattern = Pattern::OneClient;
        v.meaning = tr("Most likely one client's burst: %1 opened and dropped connections "
                       "itself (a retry loop, a test tool, a scanner), not a server problem.")
                        .arg(client);
        v.checks
            << tr("Find out who %1 is (reverse DNS, firewall or load balancer logs).").arg(client)
            << tr("Look up its requests in the IIS access log for that time: user agent, "
                  "status, time-taken.")
            << tr("If it misbehaves, limit it (Dynamic IP Restrictions) rather than tune "
                  "the server.");
    } else if (!network.isEmpty()) {
        v.pattern = Pattern::ProxyNodes;
        v.meaning = tr("Most likely the load balancer or proxy in front (%1.0/24) closed or "
                       "recycled its connections to the server.")
                        .arg(network);
        v.checks << tr("Compare the load balancer's idle timeout with IIS's connection timeout: "
                       "the load balancer's should be the shorter.")
                 << tr("Read the load balancer's logs and health probes for that time.")
                 << tr("Check whether its nodes restarted or failed over then.");
    } else if (shareOf(topRows(s, LogField::ClientIp, FewClients), s.spike.count)
               >= NearlyAllShare) {
        v.pattern = Pattern::FewClients;
        v.meaning =
            tr("Most likely a burst from a few clients: the busiest three sent %1 of "
               "the rows; look at them before the server.")
                .arg(percent(shareOf(topRows(s, LogField::ClientIp, FewClients), s.spike.count)));
        v.checks << tr("Find out who the top client addresses are and what they ran then.")
                 << tr("Look up their requests in the IIS access log for that time.");
    } else if (!appReason.isEmpty() || (!pool.isEmpty() && pending)) {
        v.pattern = Pattern::ApplicationStall;
        v.meaning = appReason.isEmpty()
                        ? tr("Most likely the application stalled: many clients gave up while "
                             "their requests waited in %1.")
                              .arg(pool)
                        : tr("Most likely the application stalled or recycled: %1 rose at the "
                             "same time, and many clients gave up waiting.")
                              .arg(appReason);
        v.checks << tr("Look in the Windows event logs for application pool recycles, crashes "
                       "or rapid-fail protection at that time (WAS events 5002, 5011, 5013).")
                 << tr("Check the IIS access log for long time-taken in that window, and the "
                       "worker process's CPU and memory.")
                 << tr("Watch the HTTP Service Request Queues counters (CurrentQueueSize, "
                       "RejectedRequests).");
    } else if (!server.isEmpty()) {
        v.pattern = Pattern::OneServer;
        v.meaning = tr("Most likely a problem of %1 alone (its network, host or application "
                       "pool): the other servers stayed normal.")
                        .arg(server);
        v.checks << tr("Compare %1 with the other servers at that time: event logs, network "
                       "adapter, updates or a restart.")
                        .arg(server)
                 << tr("Check whether the load balancer took %1 out of rotation or put it back "
                       "then.")
                        .arg(server);
    } else {
        v.pattern = Pattern::Shared;
        v.meaning = s.serverCount >= 2
                        ? tr("Most likely something all servers share: the network, a load "
                             "balancer or firewall in front, or a back end they all use.")
                        : tr("Most likely the server or the network in front of it, not the "
                             "clients: many of them lost connections at once.");
        v.checks << tr("Read the logs of the load balancer, firewall or network devices in "
                       "front of the servers for that time.")
                 << tr("Look for a shared back end (database, storage, authentication) that "
                       "slowed down then.")
                 << tr("Check the IIS access log for long time-taken in that window.");
    }
    // Whatever the story, the server that logged nearly all of it is where to look first.
    if (!server.isEmpty() && v.pattern != Pattern::OneServer)
        v.meaning += QLatin1Char(' ')
                     + tr("Nearly all of these rows came from %1: look there first.").arg(server);
    return v;
}
