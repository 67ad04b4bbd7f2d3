#include "commandline.h"

#include "exportformat.h"
#include "filteroptions.h"
#include "reportwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

namespace {
bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(2);
}
} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    return hasArgument(argc, argv, "--summary") || hasArgument(argc, argv, "--help")
           || hasArgument(argc, argv, "-h") || hasArgument(argc, argv, "--version")
           || hasArgument(argc, argv, "-v") || hasArgument(argc, argv, "--export")
           || hasArgument(argc, argv, "--anonymize") || wantsReport(argc, argv);
}

bool CommandLine::wantsReport(int argc, char **argv)
{
    return hasArgument(argc, argv, "--report");
}

bool CommandLine::wantsScreenshot(int argc, char **argv)
{
    return hasArgument(argc, argv, "--screenshot");
}

QString CommandLine::demoLogPath()
{
    return QStringLiteral(":/demo/httperr-demo.log");
}

CommandLineOptions CommandLine::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Shows what Windows HTTP.sys rejected or dropped: opens httperr*.log "
                       "files and folders, filters them and charts them over time."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QCoreApplication::translate(
            "CommandLine",
            "httperr*.log files, folders, .zip or .gz archives to open (the demo log if none)."),
        QStringLiteral("[FILE|FOLDER...]"));
    const QCommandLineOption summary(
        QStringLiteral("summary"),
        QCoreApplication::translate("CommandLine", "Load without a window and print totals."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("CommandLine", "With --summary: print one JSON object."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
                                    "Render the window offscreen once loaded, save it as a PNG "
                                    "and exit."),
        QStringLiteral("file.png"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("CommandLine", "Window size for --screenshot (default "
                                                   "1280x800)."),
        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption follow(
        QStringLiteral("follow"),
        QCoreApplication::translate("CommandLine", "Keep adding lines as they are written to the "
                                                   "opened files and folders (File > Follow)."));
    const QCommandLineOption exportRows(
        QStringLiteral("export"),
        QCoreApplication::translate("CommandLine",
                                    "Write the rows to FILE without a window and exit; the "
                                    "extension picks the format: .csv, .tsv, .jsonl or .log."),
        QStringLiteral("FILE"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate("CommandLine",
                                    "Write a ticket report (.html, self-contained, or .pdf) "
                                    "without a window and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption anonymize(
        QStringLiteral("anonymize"),
        QCoreApplication::translate("CommandLine",
                                    "With --export or --report: replace client IP addresses "
                                    "by stand-ins, the same one for the same address."));
    const QCommandLineOption selectSpike(
        QStringLiteral("select-spike"),
        QCoreApplication::translate("CommandLine", "With --screenshot: select spike N (1 = the "
                                                   "oldest) so its explanation shows."),
        QStringLiteral("N"));
    parser.addOptions(
        {summary, json, screenshot, size, follow, selectSpike, exportRows, report, anonymize});
    const FilterOptions filters;
    filters.addTo(parser);
    parser.process(app);

    CommandLineOptions options;
    options.paths = parser.positionalArguments();
    options.summary = parser.isSet(summary);
    options.json = parser.isSet(json);
    options.follow = parser.isSet(follow);
    options.screenshot = parser.value(screenshot);
    QString filterError;
    const std::optional<FilterState> filter = filters.read(parser, &filterError);
    if (!filter)
        fail(filterError);
    options.filter = *filter;
    options.hasFilter = filters.isSet(parser);
    options.exportPath = parser.value(exportRows);
    options.reportPath = parser.value(report);
    options.anonymize = parser.isSet(anonymize);
    if (parser.isSet(exportRows) && !ExportFormats::fromPath(options.exportPath))
        fail(QCoreApplication::translate("CommandLine",
                                         "--export: the file name must end in .csv, .tsv, "
                                         ".jsonl or .log."));
    if (parser.isSet(report) && !ReportWriter::kindOf(options.reportPath))
        fail(QCoreApplication::translate("CommandLine",
                                         "--report: the file name must end in .html or .pdf."));
    if (options.anonymize && options.exportPath.isEmpty() && options.reportPath.isEmpty())
        fail(QCoreApplication::translate("CommandLine", "--anonymize needs --export or --report."));
    if (options.json && !options.summary)
        fail(QCoreApplication::translate("CommandLine", "--json needs --summary."));
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = re.match(parser.value(size));
        if (!m.hasMatch())
            fail(QCoreApplication::translate("CommandLine",
                                             "--size wants WIDTHxHEIGHT, for example 1280x800."));
        options.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(selectSpike)) {
        bool ok = false;
        options.selectSpike = parser.value(selectSpike).toInt(&ok);
        if (!ok || options.selectSpike < 1)
            fail(QCoreApplication::translate("CommandLine",
                                             "--select-spike wants a number from 1 up."));
    }
    return options;
}
