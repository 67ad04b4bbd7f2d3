#include "reasoncatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace {
using Stage = ReasonCatalog::Stage;

// One row of the catalog. Multi-item texts hold one item per line. Every text is marked for
// translation here and translated when looked up.
struct Text
{
    const char *reason;
    const char *status;
    Stage stage;
    bool documented;
    const char *meaning;
    const char *causes;
    const char *checks;
    const char *settings;
};

// Timer_AppPool and its newer name, Timer_ReqQueue, have the same causes and remedies.
const char *const QueueTimeoutCauses = QT_TRANSLATE_NOOP(
    "ReasonCatalog",
    "A hung or very slow w3wp.\nA pool that starts slowly.\nToo few worker threads.");
const char *const QueueTimeoutChecks = QT_TRANSLATE_NOOP(
    "ReasonCatalog",
    "QueueFull or Connection_Dropped at the same time.\nCPU and threads of w3wp; a memory dump.");
const char *const QueueTimeoutSettings = QT_TRANSLATE_NOOP(
    "ReasonCatalog", "Connection time-out (IIS connectionTimeout, default 2 minutes).");

const Text Catalog[] = {
    {"AppOffline", "503", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "HTTP.sys answered 503 because the application pool was taken offline after its worker "
         "processes kept failing (rapid-fail protection)."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The worker process crashed repeatedly: by default 5 crashes within 5 minutes stop the "
         "pool.\nUnhandled exceptions, a bad deployment or configuration, an expired app-pool "
         "identity password."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "System event log: WAS warnings naming the pool.\nApplication log and crash dumps (WER) "
         "for why w3wp died.\nThe pool's state in IIS Manager: fix the crash, then start the "
         "pool."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "applicationPools/add/failure: rapidFailProtection, rapidFailProtectionMaxCrashes, "
         "rapidFailProtectionInterval.\nloadBalancerCapabilities: 503 (HttpLevel) or a TCP reset "
         "(TcpLevel).")},
    {"AppPoolTimer", "503", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "HTTP.sys answered 503 because the application pool's process was too busy to take the "
         "request."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "CPU saturation or thread starvation in w3wp.\nLong-running or blocked requests holding "
         "every thread."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "CPU and thread count of w3wp at that time.\nA memory dump taken during the slowdown.\n"
         "The IIS log's time-taken for the same period."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "App-pool queueLength and process model limits.\nThe application's thread-pool "
         "settings.")},
    {"AppShutdown", "503", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "HTTP.sys answered 503 because the application was shut down automatically by a policy "
         "the administrator set."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Scheduled, request-count or memory-based recycling.\nIdle time-out shutting the worker "
         "down.\nA configuration change that recycled the pool."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "System event log: WAS events about recycles at that time.\nThe pool's recycling and "
         "idle time-out settings."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "applicationPools/add/recycling (periodicRestart).\nprocessModel idleTimeout.")},
    {"BadRequest", "400", Stage::Parse, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "HTTP.sys could not parse the request and answered 400 itself; the application never "
         "saw it and the IIS log has no entry for it."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Malformed or non-HTTP clients.\nScanners and exploit probes.\nTLS sent to a plain HTTP "
         "port."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Group by client IP: a few sources usually means scanning.\nThe method and URL columns "
         "show how far parsing got."),
     ""},
    {"Client_Reset", "-", Stage::Connection, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The client closed the connection before the request was handed to a worker process."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Clients or load balancers timing out while the request waited.\nUsers aborting page "
         "loads.\nHealth probes that disconnect early."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Whether the rate follows traffic (normal) or jumps.\nQueueFull, Timer_AppPool or "
         "Timer_ReqQueue at the same time: requests waiting too long for the app.\nLoad balancer "
         "and proxy time-outs."),
     ""},
    {"Connection_Abandoned_By_AppPool", "-", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The worker process ended, or closed its request queue, while this request was still "
         "pending, so HTTP.sys abandoned it. This is the wording of older Windows versions."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "w3wp crashed, was recycled or was killed with requests in flight."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "System event log: WAS events at the same time.\nApplication log and WER crash reports "
         "for w3wp.\nRecycling settings of the pool."),
     ""},
    {"Connection_Abandoned_By_ReqQueue", "-", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The process serving the request queue ended, or closed the queue, while this request "
         "was still pending, so HTTP.sys abandoned it."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The app pool crashed or was recycled.\nThe HTTP service or the hosting service "
         "stopped.\nOn ports such as 2869 or 5357: the Windows service that owns the URL "
         "stopped."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "System event log: WAS events at the same time.\nApplication log and WER crash reports "
         "for w3wp.\nAppOffline following soon after: rapid-fail protection stopped the pool."),
     ""},
    {"Connection_Dropped", "-", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "HTTP.sys had the request and the application had started on it, but the connection "
         "was closed before the complete response and its logging data were handed over. "
         "HTTP.sys kept it as a \"zombie\" connection and wrote this line when it gave up on it. "
         "There are two readings."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Reading 1 - the application was too slow under load: it could not hand its response "
         "or logging data back to HTTP.sys in time (about two minutes; some documentation says "
         "one), so HTTP.sys dropped the connection.\nReading 2 - the application failed to send "
         "the response: it closed or reset the connection (for example Response.Close(), or "
         "Connection: close behind ARR) or failed half-way, while the client, proxy or load "
         "balancer had already given up.\nA few per hour are normal background; a spike means "
         "slow responses met impatient clients, proxies or load balancers."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "For reading 1: thread starvation or blocking in the worker process (thread count, CPU, "
         "a memory dump during the spike).\nFor reading 1: the IIS log's time-taken for the same "
         "URLs around this time.\nFor reading 2: Failed Request Tracing for the affected URLs.\n"
         "For both: Event Viewer (Application and System) for app-pool errors, crashes and "
         "recycles.\nFor both: load balancer and reverse proxy time-outs - shorter than the "
         "application's response time means they give up first."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Load balancer and proxy idle and response time-outs (ARR: proxy timeout).\nIIS "
         "connectionTimeout.")},
    {"Connection_Dropped_List_Full", "-", Stage::Connection, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The list HTTP.sys keeps of dropped (\"zombie\") connections overflowed: connections "
         "were dropped faster than the list could hold them."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Bursts of client disconnects.\nA load balancer that closes connections at once, or "
         "that marks slow servers unhealthy yet keeps sending them requests."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The IIS log for many 200.0.64 (client disconnected) entries.\nLoad balancer "
         "health-check and ejection rules.\nA Connection_Dropped spike at the same time."),
     ""},
    {"ConnLimit", "503", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The site's connection limit was reached, so HTTP.sys refused the request with 503."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "A maxConnections limit set on the site.\nA traffic spike, or slow clients holding many "
         "connections open."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "The site's limits in IIS.\nTraffic volume and client mix at that time."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "sites/site/limits maxConnections.")},
    {"Connections_Refused", "-", Stage::Connection, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "HTTP.sys stopped accepting new connections because kernel non-paged pool memory fell "
         "below 20 MB."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Kernel memory pressure.\nA driver leaking non-paged pool."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Non-paged pool usage over time (Performance Monitor, poolmon).\nDrivers whose pool "
         "tags keep growing.\nThe System event log."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "EnableAggressiveMemoryUsage=1 under HKLM\\System\\CurrentControlSet\\Services\\HTTP\\"
         "Parameters lowers the threshold to 8 MB - a stopgap, not a fix.")},
    {"Disabled", "503", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "HTTP.sys answered 503 because an administrator took the application offline: its "
         "pool or site is stopped."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Planned maintenance.\nA pool or site stopped by hand or by a script."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The state of the app pool and site.\nWho stopped it and when (System event log, "
         "change records)."),
     ""},
    {"EntityTooLarge", "413", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "The request body was larger than the server allows."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Uploads or posts beyond the configured size limits."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Which URLs and clients are affected.\nWhether the limit matches what the application "
         "is meant to accept."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Request size limits of the server and application (for example request filtering "
         "maxAllowedContentLength).")},
    {"FieldLength", "400", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "A request header field was longer than HTTP.sys allows."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Large cookies.\nLarge Kerberos tokens (users in many groups).\nOversized custom "
         "headers."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Which clients and URLs are affected.\nThe size of their Cookie and Authorization "
         "headers."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "MaxFieldLength (default 16 KB) and MaxRequestBytes under HKLM\\System\\"
         "CurrentControlSet\\Services\\HTTP\\Parameters; restart the HTTP service after a "
         "change.")},
    {"Forbidden", "400/403", Stage::Parse, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "HTTP.sys found a forbidden element or character sequence while parsing the request."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Path traversal attempts (\\.., encoded dots).\nRestricted characters in the URL.\n"
         "Mostly scanners."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Group by client IP and URL: real users rarely trigger it."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "AllowRestrictedChars and the other URL-parsing keys under HTTP\\Parameters (relaxing "
         "them widens the attack surface).")},
    {"Header", "400", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "A request header could not be parsed."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Malformed header syntax from broken clients, tools or attack traffic."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Client IPs; user agents if they are logged."), ""},
    {"Hostname", "400", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "The Host header could not be parsed."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Invalid characters or format in the Host header.\nScanners probing with odd names.\nA "
         "proxy that rewrites Host wrongly."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Client IPs: scanners or one misbehaving proxy?"), ""},
    {"Internal", "500", Stage::Queue, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "An internal error inside HTTP.sys."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Rare: a driver problem or a failed memory allocation."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The System event log around this time.\nKernel memory usage.\nWindows updates for "
         "http.sys."),
     ""},
    {"Invalid_CR/LF", "400", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "The request contained an illegal carriage return or line feed."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Bare LF or CR inside headers: broken clients or request-smuggling attempts."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Client IPs.\nWhether a proxy in front rewrites requests."),
     ""},
    {"LengthRequired", "411", Stage::Parse, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The request had a body but did not say how long it was: no Content-Length and no "
         "chunked encoding."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Clients or libraries that send a body without declaring its length."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The client and method; the client needs to send Content-Length or use chunked "
         "transfer."),
     ""},
    {"N/A", "503", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Service unavailable: HTTP.sys hit an internal error such as a failed memory allocation "
         "or a conflict in the URL reservation list."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Most often a URL is registered but nothing is serving its queue: the owning service or "
         "app pool is stopped (typical on the UPnP/WSD ports 2869 and 5357)."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "That the target app pool or service is running.\nBindings and URL reservations: netsh "
         "http show urlacl, netsh http show servicestate."),
     ""},
    {"N/I", "501", Stage::Parse, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Not implemented: the request used a Transfer-Encoding HTTP.sys does not know."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Unusual or malformed Transfer-Encoding headers, often from tools or attack traffic."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Clients and methods: does any legitimate client send it?"),
     ""},
    {"Number", "400", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "A number in the request could not be parsed."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "A bad Content-Length or chunk size.\nBroken clients or request-smuggling attempts."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Client IPs and methods."), ""},
    {"Precondition", "412", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "A precondition the request needed was missing."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Clients leaving out a header HTTP.sys requires for that kind of request."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "The client and method."), ""},
    {"QueueFull", "503", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "HTTP.sys refused the request with 503 because the app pool's kernel request queue was "
         "full."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The application is not taking requests off the queue fast enough: thread-pool "
         "starvation, blocking calls, high CPU or a hung process.\nA sudden surge of traffic."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Performance counters HTTP Service Request Queues: CurrentQueueSize, "
         "RejectedRequests.\nCPU and threads of w3wp; a memory dump taken during the event.\n"
         "Raising the queue length only buys time: find the slowness."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "applicationPools/add queueLength (default 1000).\nloadBalancerCapabilities: 503 or a "
         "TCP reset.")},
    {"RequestLength", "400", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "The request line and headers together were longer than HTTP.sys allows."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Huge cookies or many headers.\nLarge Kerberos tokens."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Which clients and URLs are affected."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "MaxRequestBytes (default 16 KB) and MaxFieldLength under HKLM\\System\\"
                       "CurrentControlSet\\Services\\HTTP\\Parameters.")},
    {"Timer_AppPool", "-", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The request waited in the app pool's queue too long before a worker process took it, "
         "so the connection expired."),
     QueueTimeoutCauses, QueueTimeoutChecks, QueueTimeoutSettings},
    {"Timer_ConnectionIdle", "-", Stage::Connection, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "An idle keep-alive connection expired and HTTP.sys closed it. Information only."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Normal: browsers keep connections open, then leave them. A healthy server's log is "
         "mostly these."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Only the rate matters. A jump can mean many clients opening and abandoning "
         "connections (connection exhaustion, slow-client attacks, load balancer probes that "
         "open TCP without sending requests).\nMany at the same second: clients timing out "
         "together after a restart or a network event."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "IIS webLimits connectionTimeout (default 2 minutes).\nHTTP API IdleConnection timer "
         "(netsh http add timeout).")},
    {"Timer_EntityBody", "-", Stage::Connection, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The request body did not arrive in time; the timer restarts with every chunk "
         "received."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Slow or stalled uploads.\nClients on poor links.\nSlow-POST attacks."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Client IPs and URLs: upload endpoints, or one source sending slowly?"),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "HTTP Server API EntityBody timer (2 minutes by default); the IIS site's "
                       "connectionTimeout.")},
    {"Timer_HeaderWait", "-", Stage::Connection, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The request headers were not complete within the time limit (2 minutes by default)."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Slowloris-style attacks that send headers slowly.\nBroken clients."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Client IPs: a few sources with many lines means an attack."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "IIS webLimits headerWaitTimeout.\nnetsh http add timeout "
                                        "timeouttype=headerwaittimeout.")},
    {"Timer_MinBytesPerSecond", "-", Stage::Connection, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The client took the response more slowly than the minimum send rate, so HTTP.sys "
         "closed the connection."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Slow mobile or WAN clients.\nLarge downloads over thin links.\nSlow-read attacks.\n"
         "Windows Server 2012 R2 and later enforce the rate more strictly (self-hosted WCF and "
         "HttpListener services)."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "URLs (large files?) and client IPs.\nThe effective rate: netsh http show servicestate "
         "view=\"session\"."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "IIS webLimits minBytesPerSecond (default 240 bytes/s).\nHTTP Server API "
         "minSendBytesPerSecond (default 150 bytes/s; 0xFFFFFFFF disables the check).")},
    {"Timer_ReqQueue", "-", Stage::Queue, true,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "The request waited in the app pool's request queue too long before a worker process "
         "took it, so the connection expired. Newer wording of Timer_AppPool."),
     QueueTimeoutCauses, QueueTimeoutChecks, QueueTimeoutSettings},
    {"Timer_Response", "-", Stage::Connection, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "Reserved: Microsoft documents this reason as not used."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "None known. Seeing it means behaviour Microsoft does not describe."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "The other fields of the row; the Windows version that wrote the log."),
     ""},
    {"Timer_SslRenegotiation", "-", Stage::Connection, true,
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "An SSL renegotiation between client and server took longer than allowed (2 "
                       "minutes)."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Client-certificate negotiation problems: the client does not answer the certificate "
         "request, or certificate settings do not match."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Sites and URLs that require client certificates.\nSSL bindings: netsh http show "
         "sslcert."),
     ""},
    {"URL", "400", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "The URL could not be parsed."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Scanners and worms.\nInvalid percent-escapes.\nPaths that climb above the root."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Group by client IP: real users rarely cause it."), ""},
    {"URL_Length", "414", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "The URL was longer than HTTP.sys allows."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Very long query strings.\nToo many or too long path segments.\nAttack payloads."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Which URLs and clients are affected."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "UrlSegmentMaxLength (260), UrlSegmentMaxCount (255) and MaxFieldLength under "
         "HTTP\\Parameters.")},
    {"Verb", "400", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "The request method could not be parsed."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Non-HTTP traffic: TLS handshakes sent to an HTTP port, binary probes, port "
                       "scanners."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Client IPs and server ports: a client using https:// on an http binding (or the "
         "reverse)?"),
     ""},
    {"Version_N/S", "505", Stage::Parse, true,
     QT_TRANSLATE_NOOP("ReasonCatalog", "The HTTP version in the request line is not supported."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Request lines with unusual versions (HTTP/2.0 written as text, HTTP/9.9): buggy "
         "clients or scanners."),
     QT_TRANSLATE_NOOP("ReasonCatalog", "Client IPs."), ""},
    {"NotFound", "404", Stage::Parse, false,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Not in Microsoft's list, but seen in real logs: no registered URL matched the "
         "request's host, port and path, so HTTP.sys answered 404 before any application."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "Requests to hosts or ports with no site binding.\nScanners."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Host and port of the requests against the site bindings and URL reservations (netsh "
         "http show urlacl)."),
     ""},
    {"Request_Too_Large", "413", Stage::Unknown, false,
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Not documented by Microsoft and not confirmed in real logs (it appears in a "
         "third-party parser's test data). Probably a request larger than a limit allows."),
     QT_TRANSLATE_NOOP(
         "ReasonCatalog",
         "Unknown; treat it like EntityTooLarge or RequestLength until proven otherwise."),
     QT_TRANSLATE_NOOP("ReasonCatalog",
                       "The status, method and URL of the rows; which clients send them."),
     ""},
};

QString translate(const char *text)
{
    return text && *text ? QCoreApplication::translate("ReasonCatalog", text) : QString();
}

QStringList translateItems(const char *text)
{
    const QString all = translate(text);
    return all.isEmpty() ? QStringList() : all.split(QLatin1Char('\n'));
}
} // namespace

ReasonCatalog::Entry ReasonCatalog::lookup(const QString &reason)
{
    Entry entry;
    entry.reason = reason;
    const auto it = std::find_if(std::begin(Catalog), std::end(Catalog),
                                 [&](const Text &t) { return reason == QLatin1String(t.reason); });
    if (it == std::end(Catalog)) {
        entry.status = QStringLiteral("?");
        entry.meaning =
            QCoreApplication::translate("ReasonCatalog",
                                        "Undocumented: \"%1\" is not in Microsoft's list of "
                                        "HTTP.sys reason phrases and this viewer knows nothing "
                                        "reliable about it. It may come from a newer Windows "
                                        "version or a third-party driver.")
                .arg(reason);
        entry.checks =
            QCoreApplication::translate(
                "ReasonCatalog", "The row's own fields: status, method, URL and queue show how far "
                                 "HTTP.sys got with the request.\nWhich clients, URLs and times it "
                                 "clusters on (filter on it).\nMicrosoft documentation and support "
                                 "for the exact token.")
                .split(QLatin1Char('\n'));
        return entry;
    }
    entry.known = true;
    entry.documented = it->documented;
    entry.status = QString::fromLatin1(it->status);
    entry.stage = it->stage;
    entry.meaning = translate(it->meaning);
    entry.causes = translateItems(it->causes);
    entry.checks = translateItems(it->checks);
    entry.settings = translateItems(it->settings);
    return entry;
}

QStringList ReasonCatalog::knownReasons()
{
    QStringList all;
    for (const Text &t : Catalog)
        all << QString::fromLatin1(t.reason);
    all.sort();
    return all;
}

QString ReasonCatalog::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Connection:
        return QCoreApplication::translate("ReasonCatalog",
                                           "Connection event: the request fields are usually "
                                           "empty unless a request was pending.");
    case Stage::Parse:
        return QCoreApplication::translate("ReasonCatalog",
                                           "Rejected while parsing: HTTP.sys answered by "
                                           "itself, the application never saw the request.");
    case Stage::Queue:
        return QCoreApplication::translate("ReasonCatalog",
                                           "Parsed and routed, then refused or abandoned at the "
                                           "application pool's queue.");
    case Stage::Unknown:
        break;
    }
    return QCoreApplication::translate("ReasonCatalog", "Stage unknown.");
}
