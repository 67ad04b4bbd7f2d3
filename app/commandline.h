#pragma once

#include "filterstate.h"

#include <QSize>
#include <QStringList>

class QCoreApplication;

// What the user asked for on the command line.
struct CommandLineOptions
{
    QStringList paths; // files and folders; empty means the bundled demo log
    bool summary = false;
    bool json = false;
    bool follow = false; // keep adding lines as they are written
    QString screenshot;  // PNG to write, then exit
    QSize size{1280, 800};
    FilterState filter;     // from --reason, --client-ip, --url, --from, --to ...
    bool hasFilter = false; // any of those was given
    QString exportPath;     // rows to write, format by extension, then exit
    QString reportPath;     // report to write (.html or .pdf), then exit
    bool anonymize = false; // client addresses as stand-ins in --export and --report
    int selectSpike = 0;    // with --screenshot: spike to select first (1 = oldest), 0 = none
};

namespace CommandLine {
// True when the arguments ask for no window at all (so no display is needed).
bool isHeadless(int argc, char **argv);
// True when the arguments ask for a report (which draws a chart, so needs a GUI application).
bool wantsReport(int argc, char **argv);
// True when the arguments ask for an offscreen window capture.
bool wantsScreenshot(int argc, char **argv);
// Parses the arguments of `app`. Handles --help and --version itself (and exits);
// on a bad argument prints the reason and exits with status 2.
CommandLineOptions parse(const QCoreApplication &app);
// The bundled demo log, used when no file is named.
QString demoLogPath();
} // namespace CommandLine
