// Starts and stops the two ClickHouse servers the database tests run against, as plain
// processes (no systemd): `clickhouse-fixture start STATE DIR` writes a config per server into
// a folder of its own under DIR (its data path, 127.0.0.1 only, free HTTP, TCP and interserver
// ports, a remote_servers entry naming both as the two shards of the cluster "pair"), starts
// them, waits until both answer over HTTP and writes their ports and process ids to STATE;
// The first server also listens for HTTPS, with a self-signed certificate for 127.0.0.1 made
// at start with the `openssl` command (its PEM file is in STATE as "ca"; without openssl the
// servers start without HTTPS and the TLS tests are skipped).
// `clickhouse-fixture stop STATE` stops them by process id and removes their folders. CTest
// runs them as the FIXTURES_SETUP and FIXTURES_CLEANUP of the tests that need the servers, so
// the servers are stopped also when a test fails.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>

#include <sys/types.h>
#include <sys/wait.h>

namespace {
constexpr int ServerCount = 2;

void say(const QString &text)
{
    std::fprintf(stderr, "clickhouse-fixture: %s\n", qPrintable(text));
}

struct Server
{
    int http = 0;
    int tcp = 0;
    int interserver = 0;
    int https = 0; // 0: no HTTPS
    qint64 pid = 0;
    QString dir;
};

// Ports nothing listens on now, all different (held open until all are picked).
QList<int> freePorts(int count)
{
    QList<QTcpServer *> held;
    QList<int> ports;
    for (int i = 0; i < count; ++i) {
        auto *server = new QTcpServer;
        if (!server->listen(QHostAddress::LocalHost, 0))
            break;
        held << server;
        ports << server->serverPort();
    }
    qDeleteAll(held);
    return ports;
}

QString serverBinary()
{
    for (const QString &name : {QStringLiteral("clickhouse-server")}) {
        const QString found = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                   QStringLiteral("/usr/local/bin")});
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// A self-signed certificate for 127.0.0.1 and its key, in `dir` (server.crt, server.key).
bool makeCertificate(const QString &dir)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return false;
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                   QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    return process.waitForFinished(30000) && process.exitCode() == 0
           && QFile::exists(dir + QStringLiteral("/server.crt"));
}

QByteArray tls(const Server &s)
{
    if (s.https == 0)
        return {};
    const QByteArray dir = s.dir.toUtf8();
    return "<https_port>" + QByteArray::number(s.https)
           + "</https_port>\n<openSSL><server><certificateFile>" + dir
           + "/server.crt</certificateFile><privateKeyFile>" + dir
           + "/server.key</privateKeyFile><verificationMode>none</verificationMode>"
             "<loadDefaultCAFile>false</loadDefaultCAFile><cacheSessions>true</cacheSessions>"
             "<disableProtocols>sslv2,sslv3</disableProtocols>"
             "<preferServerCiphers>true</preferServerCiphers></server></openSSL>\n";
}

QByteArray config(const Server &s, const QList<Server> &all)
{
    QByteArray shards;
    for (const Server &o : all)
        shards += "<shard><replica><host>127.0.0.1</host><port>" + QByteArray::number(o.tcp)
                  + "</port></replica></shard>";
    const QByteArray dir = s.dir.toUtf8();
    return "<?xml version=\"1.0\"?>\n<yandex>\n"
           "<logger><level>warning</level><log>"
           + dir + "/server.log</log><errorlog>" + dir
           + "/error.log</errorlog><console>0</console></logger>\n"
             "<http_port>"
           + QByteArray::number(s.http) + "</http_port>\n<tcp_port>" + QByteArray::number(s.tcp)
           + "</tcp_port>\n<interserver_http_port>" + QByteArray::number(s.interserver)
           + "</interserver_http_port>\n" + tls(s) + "<listen_host>127.0.0.1</listen_host>\n<path>"
           + dir + "/data/</path>\n<tmp_path>" + dir + "/tmp/</tmp_path>\n<users_config>" + dir
           + "/users.xml</users_config>\n<default_profile>default</default_profile>\n"
             "<default_database>default</default_database>\n"
             "<mark_cache_size>268435456</mark_cache_size>\n"
             "<remote_servers><pair>"
           + shards + "</pair></remote_servers>\n</yandex>\n";
}

// The default user without a password, and "alice" with one, for the password tests.
QByteArray users()
{
    return "<?xml version=\"1.0\"?>\n<yandex>\n<profiles><default></default></profiles>\n<users>"
           "<default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>"
           "<profile>default</profile><quota>default</quota></default>"
           "<alice><password>s3cr'et;\\\"</password><networks><ip>127.0.0.1</ip></networks>"
           "<profile>default</profile><quota>default</quota></alice>"
           "</users>\n<quotas><default></default></quotas>\n</yandex>\n";
}

bool answers(QNetworkAccessManager &network, int port)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    request.setTransferTimeout(2000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = network.post(request, QByteArrayLiteral("SELECT 1"));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->error() == QNetworkReply::NoError && reply->readAll().trimmed() == "1";
    reply->deleteLater();
    return ok;
}

// True when `pid` is a clickhouse-server (a process id from an old state file may have been
// given to another process since).
bool isClickHouse(qint64 pid)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("clickhouse");
}

bool isRunning(qint64 pid)
{
    // A child of ours that has exited is reaped here; any other process is asked by signal 0.
    int status = 0;
    if (waitpid(pid_t(pid), &status, WNOHANG) == pid_t(pid))
        return false;
    return ::kill(pid_t(pid), 0) == 0 && isClickHouse(pid);
}

// Asks every server to stop, then kills those still there after a few seconds: their data
// is thrown away with their folders, so a slow, tidy shutdown buys nothing.
void stopServers(const QList<qint64> &pids)
{
    for (const qint64 pid : pids) {
        if (pid > 0 && isRunning(pid))
            ::kill(pid_t(pid), SIGTERM);
    }
    QElapsedTimer clock;
    clock.start();
    auto anyRunning = [&pids] {
        return std::any_of(pids.begin(), pids.end(),
                           [](qint64 pid) { return pid > 0 && isRunning(pid); });
    };
    while (anyRunning() && clock.elapsed() < 3000)
        QThread::msleep(50);
    for (const qint64 pid : pids) {
        if (pid > 0 && isRunning(pid))
            ::kill(pid_t(pid), SIGKILL);
    }
}

QString tail(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return QString::fromUtf8(all.right(2000));
}

QJsonObject toJson(const Server &s)
{
    return {{QStringLiteral("http"), s.http},
            {QStringLiteral("tcp"), s.tcp},
            {QStringLiteral("interserver"), s.interserver},
            {QStringLiteral("https"), s.https},
            {QStringLiteral("pid"), s.pid},
            {QStringLiteral("dir"), s.dir}};
}

int stop(const QString &statePath);

int start(const QString &statePath, const QString &baseDir)
{
    // A run that was cut short (ctest killed) left its servers and state behind: stop them.
    if (QFile::exists(statePath))
        stop(statePath);
    const QString binary = serverBinary();
    if (binary.isEmpty()) {
        say(QStringLiteral("clickhouse-server is not installed; run tools/install-deps.sh "
                           "(Debian packages clickhouse-server and clickhouse-client)."));
        return 1;
    }
    const QList<int> ports = freePorts(ServerCount * 3 + 1);
    if (ports.size() < ServerCount * 3 + 1) {
        say(QStringLiteral("no free ports"));
        return 1;
    }
    QList<Server> servers;
    const QString runDir =
        QDir(baseDir).filePath(QStringLiteral("run-%1").arg(QCoreApplication::applicationPid()));
    for (int i = 0; i < ServerCount; ++i) {
        Server s;
        s.http = ports[i * 3];
        s.tcp = ports[i * 3 + 1];
        s.interserver = ports[i * 3 + 2];
        s.dir = QDir(runDir).filePath(QStringLiteral("shard%1").arg(i + 1));
        servers << s;
    }
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    bool ok = true;
    for (Server &s : servers) {
        QDir().mkpath(s.dir + QStringLiteral("/tmp"));
        if (&s == &servers.first() && makeCertificate(s.dir))
            s.https = ports.last();
        if (!writeFile(s.dir + QStringLiteral("/config.xml"), config(s, servers))
            || !writeFile(s.dir + QStringLiteral("/users.xml"), users())) {
            say(QStringLiteral("cannot write the configuration in %1").arg(s.dir));
            ok = false;
            break;
        }
        QProcess process;
        process.setProgram(binary);
        process.setArguments(
            {QStringLiteral("--config-file=") + s.dir + QStringLiteral("/config.xml")});
        process.setWorkingDirectory(s.dir);
        process.setStandardOutputFile(s.dir + QStringLiteral("/stdout.log"));
        process.setStandardErrorFile(s.dir + QStringLiteral("/stderr.log"));
        process.setStandardInputFile(QProcess::nullDevice());
        if (!process.startDetached(&s.pid)) {
            say(QStringLiteral("cannot start %1").arg(binary));
            ok = false;
            break;
        }
    }
    // Both must answer (a few seconds each on 2 cores); give up after a minute.
    QElapsedTimer clock;
    clock.start();
    for (const Server &s : servers) {
        if (!ok)
            break;
        while (!answers(network, s.http)) {
            if (!isRunning(s.pid) || clock.elapsed() > 60000) {
                say(QStringLiteral("the server on port %1 did not start; its log ends with:\n%2%3")
                        .arg(s.http)
                        .arg(tail(s.dir + QStringLiteral("/error.log")),
                             tail(s.dir + QStringLiteral("/stderr.log"))));
                ok = false;
                break;
            }
            QThread::msleep(100);
        }
    }
    QList<qint64> pids;
    for (const Server &s : servers)
        pids << s.pid;
    if (!ok) {
        stopServers(pids);
        return 1;
    }
    QJsonArray list;
    for (const Server &s : servers)
        list.append(toJson(s));
    const QString ca =
        servers[0].https != 0 ? servers[0].dir + QStringLiteral("/server.crt") : QString();
    const QJsonObject state{{QStringLiteral("cluster"), QStringLiteral("pair")},
                            {QStringLiteral("runDir"), runDir},
                            {QStringLiteral("ca"), ca},
                            {QStringLiteral("servers"), list}};
    if (!writeFile(statePath, QJsonDocument(state).toJson())) {
        say(QStringLiteral("cannot write %1").arg(statePath));
        stopServers(pids);
        return 1;
    }
    say(QStringLiteral("two servers answer on HTTP ports %1 and %2 (%3 ms)")
            .arg(servers[0].http)
            .arg(servers[1].http)
            .arg(clock.elapsed()));
    return 0;
}

int stop(const QString &statePath)
{
    QFile f(statePath);
    if (!f.open(QIODevice::ReadOnly)) {
        say(QStringLiteral("no servers to stop (%1 is missing)").arg(statePath));
        return 0;
    }
    const QJsonObject state = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QList<qint64> pids;
    for (const QJsonValue &v : state.value(QStringLiteral("servers")).toArray())
        pids << v.toObject().value(QStringLiteral("pid")).toInteger();
    stopServers(pids);
    const QString runDir = state.value(QStringLiteral("runDir")).toString();
    if (!runDir.isEmpty())
        QDir(runDir).removeRecursively();
    QFile::remove(statePath);
    say(QStringLiteral("servers stopped"));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("start"))
        return start(args[2], args[3]);
    if (args.size() == 3 && args[1] == QLatin1String("stop"))
        return stop(args[2]);
    say(QStringLiteral("usage: clickhouse-fixture start STATE DIR | stop STATE"));
    return 2;
}
