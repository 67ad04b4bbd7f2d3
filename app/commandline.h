#pragma once

#include "accessclock.h"
#include "clickhouseurl.h"
#include "exportformat.h"
#include "filterstate.h"

#include <QSize>
#include <QStringList>

#include <optional>

// What the user asked for on the command line.
struct CommandLineOptions
{
    QStringList paths; // files, folders and archives; "-" is standard input
    bool demo = false; // --demo: the bundled demo log as one more input
    bool summary = false;
    bool json = false;
    bool quiet = false;  // no status lines on stderr, only errors
    bool follow = false; // keep adding lines as they are written
    QString screenshot;  // PNG to write, then exit
    QSize size{1280, 800};
    FilterState filter;     // from --reason, --client-ip, --url, --from, --to ...
    bool hasFilter = false; // any of those was given
    QString exportPath;     // rows to write, then exit; "-" is standard output
    ExportFormat exportFormat = ExportFormat::Csv; // --format, else the extension's
    QStringList columns;         // --columns: exported columns by name, in this order
    bool exportRequests = false; // --requests: export the IIS access-log rows instead
    QString reportPath;          // report to write (.html or .pdf), then exit
    bool anonymize = false;      // client addresses as stand-ins in --export and --report
    int reportSpike = 0;        // --spike: the report covers spike N's window (1 = oldest), 0 = all
    int selectSpike = 0;        // with --screenshot: spike to select first (1 = oldest), 0 = none
    QStringList panels;         // with --screenshot: docks to show too (panelNames())
    uint32_t slowSeconds = 110; // --slow-seconds: a request this long or longer is slow
    AccessClock accessClock;    // --access-offset: the clocks local-time access logs were in
    std::optional<bool> barsByServer;      // --bars: the timeline's bars by server (or by reason)
    std::optional<ClickHouseUrl> ingest;   // --ingest: the database the paths' rows go to
    std::optional<ClickHouseUrl> database; // the input is this database (a clickhouse:// path)

    // True for the commands that run without a window (--summary, --export, --report).
    bool isHeadless() const { return summary || !exportPath.isEmpty() || !reportPath.isEmpty(); }
    // What to read: the paths, then the demo log when --demo was given.
    QStringList inputs() const;
};

namespace CommandLine {
// The exit status of every command.
enum ExitStatus : int {
    Success = 0,
    Failure = 1, // nothing could be read, or the output could not be written
    UsageError = 2,
};

// What main() does with the arguments.
enum class Action : uint8_t {
    Window,     // open the main window
    Screenshot, // render the window offscreen, save it and exit
    Headless,   // --summary, --export, --report: no window, no display
    Ingest,     // --ingest: send the rows to ClickHouse, no window, no display
    Help,       // print helpText and exit 0
    Version,    // print the version and exit 0
    Error,      // print error (one line) and exit 2
};

struct Parsed
{
    Action action = Action::Window;
    CommandLineOptions options;
    QString error;    // for Action::Error: why the arguments are wrong
    QString helpText; // for Action::Help
    // True when the action draws (a window, a screenshot, a report's chart).
    bool needsGui() const;
};

// The program's arguments (without the program name) as the parser takes them: decoded from
// the local encoding (on Windows, the UTF-16 command line), less the options Qt's GUI applications
// take for themselves (-platform, -style...), which QApplication handles.
QStringList arguments(int argc, char **argv);
// Parses `arguments` (without the program name). Needs no application object, so it can
// decide which kind of application to create; messages are translated once translators are
// installed. The option definitions live here and in FilterOptions.
Parsed parse(const QStringList &arguments);
// The bundled demo log.
QString demoLogPath();
// The docks --show can open: top-values, spikes, bookmarks, problems.
QStringList panelNames();
} // namespace CommandLine
