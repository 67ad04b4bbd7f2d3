#include "ingestcommand.h"

#include "clickhouseclient.h"
#include "clickhouseconnect.h"
#include "commandline.h"
#include "console.h"
#include "headlessinput.h"
#include "ingestjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr)) != 0;
#else
    return false;
#endif
}

// Progress on stderr: one line rewritten in place on a terminal, a line every tenth otherwise.
class ProgressLine
{
public:
    explicit ProgressLine(bool quiet)
        : m_quiet(quiet)
        , m_terminal(stderrIsTerminal())
    {}
    void show(const IngestJob::Progress &p)
    {
        if (m_quiet || p.total <= 0)
            return;
        const int percent = int(std::min<qint64>(100, p.done * 100 / p.total));
        const QString text =
            QCoreApplication::translate("IngestCommand", "Sending to ClickHouse: %1% read, %L2 "
                                                         "rows sent")
                .arg(percent)
                .arg(p.rows);
        if (m_terminal) {
            std::fprintf(stderr, "\r%s", Console::encode(text).constData());
            m_open = true;
        } else if (percent / 10 != m_lastTenth) {
            m_lastTenth = percent / 10;
            Console::status(text);
        }
    }
    void end()
    {
        if (m_open)
            std::fputs("\n", stderr);
        m_open = false;
    }

private:
    bool m_quiet;
    bool m_terminal;
    bool m_open = false;
    int m_lastTenth = -1;
};
} // namespace

int IngestCommand::run(const CommandLineOptions &options)
{
    Console::setQuiet(options.quiet);
    QString error;
    const std::unique_ptr<ClickHouseClient> client =
        ClickHouseConnect::open(*options.ingest, &error);
    if (!client) {
        Console::error(error);
        return CommandLine::Failure;
    }
    QElapsedTimer clock;
    clock.start();
    IngestJob job(*client, options.paths);
    ProgressLine progress(options.quiet);
    job.setProgressHandler([&progress](const IngestJob::Progress &p) { progress.show(p); });
    const IngestJob::Result result = job.run();
    progress.end();
    HeadlessInput::printProblems(result.problems);
    if (!result.ok) {
        Console::error(result.error);
        return CommandLine::Failure;
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    const QLocale locale;
    if (result.files == 0 && result.skipped > 0) {
        Console::status(QCoreApplication::translate(
            "IngestCommand",
            "Nothing new: the database has %n file(s) already (same server, path and content).",
            nullptr, result.skipped));
        return CommandLine::Success;
    }
    Console::status(
        QCoreApplication::translate("IngestCommand",
                                    "Sent %L1 rows of %n file(s) to %2 in %3 s (%4 "
                                    "rows/s).",
                                    nullptr, result.files)
            .arg(result.rows)
            .arg(options.ingest->shortName())
            .arg(seconds, 0, 'f', 1)
            .arg(locale.toString(qint64(double(result.rows) / std::max(seconds, 1e-3)))));
    if (result.skipped > 0)
        Console::status(QCoreApplication::translate(
            "IngestCommand",
            "%n file(s) the database had already (same server, path and content) were skipped.",
            nullptr, result.skipped));
    if (result.malformed > 0)
        Console::status(QCoreApplication::translate("IngestCommand",
                                                    "%L1 malformed lines were counted in the "
                                                    "ledger, not sent as rows.")
                            .arg(result.malformed));
    if (result.files == 0 && result.skipped == 0) {
        Console::error(
            QCoreApplication::translate("IngestCommand", "No log file could be read from: %1")
                .arg(options.paths.join(QStringLiteral(", "))));
        return CommandLine::Failure;
    }
    return CommandLine::Success;
}
