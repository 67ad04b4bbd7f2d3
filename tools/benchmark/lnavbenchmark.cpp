// Side by side with lnav (the Debian package), counting each generated file by reason: both run
// as whole processes on the same file in the same run, and their counts are compared.

#include "benchmark.h"
#include "benchmarkdata.h"
#include "processrunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

namespace {
using Counts = QMap<QString, qint64>;

// lnav reads httperr files as W3C logs (format w3c_log); fields it does not know, s-reason
// among them, end up in the JSON column x_fields.
const char *const LnavQuery =
    ";SELECT jget(x_fields, '/s-reason') AS reason, count(*) AS n FROM w3c_log GROUP BY 1";

Counts parseLnav(const QByteArray &output)
{
    Counts counts;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.simplified().split(' ');
        bool number = false;
        const qint64 n = words.size() >= 2 ? words.last().toLongLong(&number) : 0;
        if (number)
            counts[QString::fromUtf8(words.mid(0, words.size() - 1).join(' '))] += n;
    }
    return counts;
}

Counts parseSummary(const QByteArray &json)
{
    Counts counts;
    const QJsonObject reasons =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("reasons")).toObject();
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        counts[it.key()] = it.value().toInteger();
    return counts;
}

// Rows two tools count under different reasons (half the sum of absolute differences).
qint64 disagreement(const Counts &a, const Counts &b)
{
    qint64 diff = 0;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString &k : keys)
        diff += std::abs(a.value(k) - b.value(k));
    return diff / 2;
}

struct Timed
{
    std::vector<double> seconds;
    qint64 peak = 0;
    QByteArray output;
};

// With `warm`, one untimed run first (it brings the file into the page cache).
Timed runTimed(const QString &program, const QStringList &arguments, const QString &outputFile,
               int runs, bool warm)
{
    Timed t;
    if (warm)
        ProcessRunner::run(program, arguments, outputFile);
    for (int i = 0; i < runs; ++i) {
        const ProcessRunner::Result r = ProcessRunner::run(program, arguments, outputFile);
        if (!r.started || r.exitCode != 0)
            return {};
        t.seconds.push_back(r.seconds);
        t.peak = std::max(t.peak, r.peakResidentBytes);
        t.output = r.output;
    }
    return t;
}

void compare(const BenchmarkContext &context, const QString &label, const QString &path,
             const QString &lnav, const QString &scratch, int runs, int lnavRuns)
{
    // Ours runs first and warms the page cache for lnav (whose runs take many seconds).
    const Timed ours = runTimed(ProcessRunner::viewerPath(),
                                {QStringLiteral("--summary"), QStringLiteral("--json"), path},
                                scratch + QStringLiteral("/ours.json"), runs, true);
    const Timed theirs = runTimed(
        lnav, {QStringLiteral("-n"), QStringLiteral("-c"), QString::fromLatin1(LnavQuery), path},
        scratch + QStringLiteral("/lnav.txt"), lnavRuns, false);
    if (ours.seconds.empty() || theirs.seconds.empty()) {
        remark(QStringLiteral("%1: a run failed, no comparison").arg(label));
        return;
    }
    reportRuns(context, label + QStringLiteral(": lnav count by reason"), theirs.seconds, "s");
    report(context, label + QStringLiteral(": lnav peak RSS"), double(theirs.peak) / 1e6, "MB");
    reportRuns(context, label + QStringLiteral(": httperr-viewer --summary --json"), ours.seconds,
               "s");
    report(context, label + QStringLiteral(": httperr-viewer peak RSS"), double(ours.peak) / 1e6,
           "MB");
    report(context, label + QStringLiteral(": speed-up over lnav (medians)"),
           median(theirs.seconds) / median(ours.seconds), "x", QStringLiteral("target >= 12x"));
    const qint64 off = disagreement(parseSummary(ours.output), parseLnav(theirs.output));
    report(context, label + QStringLiteral(": rows lnav counts under another reason"), double(off),
           "rows",
           off == 0 ? QStringLiteral("same counts")
                    : QStringLiteral("lnav keeps the first #Fields of a file for all its blocks"));
}
} // namespace

HTTPERR_FILE_BENCHMARK(lnav)
{
    const QString lnav = ProcessRunner::find(QStringLiteral("lnav"));
    if (lnav.isEmpty()) {
        remark(QStringLiteral("lnav is not installed (apt-get install lnav): no comparison"));
        return;
    }
    // lnav keeps settings and an index under $HOME: give it an empty one of its own.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toLocal8Bit());
    const int runs = std::max(1, std::min(context.repeats, 3));
    // lnav needs about a minute for ten million lines: one run of it there, and only on the
    // file with every layout.
    const bool big = context.rows > 2000000;
    compare(context, QStringLiteral("lnav vs us, every layout"),
            context.data->bigFile(context.rows), lnav, home.path(), runs, big ? 1 : runs);
    if (!big)
        compare(context, QStringLiteral("lnav vs us, one layout"),
                context.data->singleLayoutFile(context.rows), lnav, home.path(), runs, runs);
    qputenv("HOME", oldHome);
}
