#include "commandline.h"

#include "filteroptions.h"
#include "nativepath.h"
#include "reportwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#ifdef Q_OS_WIN
#include <windows.h>

#include <shellapi.h>
#endif

namespace {
// The program's arguments, without its name. On Windows from the UTF-16 command line (argv is
// in the ANSI code page, which cannot hold every file name); elsewhere the bytes of argv, file
// names kept exact even when they are not UTF-8.
QStringList programArguments(int argc, char **argv)
{
    QStringList out;
#ifdef Q_OS_WIN
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    int count = 0;
    LPWSTR *wide = CommandLineToArgvW(GetCommandLineW(), &count);
    for (int i = 1; wide && i < count; ++i)
        out << QString::fromWCharArray(wide[i]);
    LocalFree(wide);
#else
    for (int i = 1; i < argc; ++i)
        out << NativePath::fromNative(QByteArray(argv[i]));
#endif
    return out;
}

// Options QGuiApplication takes for itself (with or without a value). They are left out of
// what our parser sees, so that `-platform offscreen` or `-style fusion` still work.
bool isQtGuiOption(const QString &argument, bool *takesValue)
{
    static const QStringList withValue{QStringLiteral("platform"),
                                       QStringLiteral("platformpluginpath"),
                                       QStringLiteral("platformtheme"),
                                       QStringLiteral("plugin"),
                                       QStringLiteral("qwindowgeometry"),
                                       QStringLiteral("qwindowicon"),
                                       QStringLiteral("qwindowtitle"),
                                       QStringLiteral("style"),
                                       QStringLiteral("stylesheet"),
                                       QStringLiteral("session"),
                                       QStringLiteral("display"),
                                       QStringLiteral("geometry"),
                                       QStringLiteral("title")};
    static const QStringList alone{QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                   QStringLiteral("nograb"), QStringLiteral("dograb"),
                                   QStringLiteral("sync")};
    if (!argument.startsWith(QLatin1Char('-')) || argument.startsWith(QLatin1String("--")))
        return false; // Qt's own options take one dash; ours take two
    const QString name = argument.mid(1).section(QLatin1Char('='), 0, 0);
    *takesValue = withValue.contains(name) && !argument.contains(QLatin1Char('='));
    return withValue.contains(name) || alone.contains(name);
}

// Every option but the filters (FilterOptions), defined once: the parser is built from them
// and the options are read back through them. A new option is a member here, one line in
// addTo() and its reading in read().
struct Spec
{
    QCommandLineOption summary{
        QStringLiteral("summary"),
        QCoreApplication::translate("CommandLine", "Load without a window and print totals.")};
    QCommandLineOption json{
        QStringLiteral("json"),
        QCoreApplication::translate("CommandLine", "With --summary: print one JSON object.")};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine", "Open the bundled demo log.")};
    QCommandLineOption quiet{QStringLiteral("quiet"),
                             QCoreApplication::translate(
                                 "CommandLine", "No status lines on standard error, only errors.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "CommandLine", "Render the window offscreen once loaded, save it as a PNG and exit."),
        QStringLiteral("file.png")};
    QCommandLineOption size{QStringLiteral("size"),
                            QCoreApplication::translate(
                                "CommandLine", "Window size for --screenshot (default 1280x800)."),
                            QStringLiteral("WxH"), QStringLiteral("1280x800")};
    QCommandLineOption follow{
        QStringLiteral("follow"),
        QCoreApplication::translate("CommandLine",
                                    "Keep adding lines as they are written to the opened files and "
                                    "folders (File > Follow).")};
    QCommandLineOption exportRows{
        QStringLiteral("export"),
        QCoreApplication::translate(
            "CommandLine",
            "Write the rows to FILE (- for standard output) without a window and exit; the "
            "extension or --format picks the format."),
        QStringLiteral("FILE")};
    QCommandLineOption format{
        QStringLiteral("format"),
        QCoreApplication::translate("CommandLine", "With --export: the format, one of %1.")
            .arg(ExportFormats::names().join(QStringLiteral(", "))),
        QStringLiteral("NAME")};
    QCommandLineOption columns{
        QStringLiteral("columns"),
        QCoreApplication::translate("CommandLine",
                                    "With --export: the columns to write, in this order, "
                                    "comma-separated (for example time,c-ip,s-reason,file)."),
        QStringLiteral("LIST")};
    QCommandLineOption report{
        QStringLiteral("report"),
        QCoreApplication::translate(
            "CommandLine",
            "Write a ticket report (.html, self-contained, or .pdf) without a window and exit."),
        QStringLiteral("FILE")};
    QCommandLineOption spike{
        QStringLiteral("spike"),
        QCoreApplication::translate("CommandLine",
                                    "With --report: cover only spike N's window (N as --summary "
                                    "lists the spikes, 1 = the oldest)."),
        QStringLiteral("N")};
    QCommandLineOption anonymize{
        QStringLiteral("anonymize"),
        QCoreApplication::translate("CommandLine",
                                    "With --export or --report: replace client IP addresses by "
                                    "stand-ins, the same one for the same address.")};
    QCommandLineOption selectSpike{
        QStringLiteral("select-spike"),
        QCoreApplication::translate(
            "CommandLine",
            "With --screenshot: select spike N (1 = the oldest) so its explanation shows."),
        QStringLiteral("N")};
    QCommandLineOption show{
        QStringLiteral("show"),
        QCoreApplication::translate("CommandLine",
                                    "With --screenshot: show this panel too: top-values, spikes, "
                                    "bookmarks, problems or requests (the Requests tab; repeat, "
                                    "or separate with commas)."),
        QStringLiteral("PANEL")};
    QCommandLineOption bars{
        QStringLiteral("bars"),
        QCoreApplication::translate(
            "CommandLine",
            "Stack the timeline's bars by reason or by server (the window's Bars: choice, "
            "remembered like it; with --screenshot only for that picture)."),
        QStringLiteral("reason|server")};
    QCommandLineOption requests{
        QStringLiteral("requests"),
        QCoreApplication::translate(
            "CommandLine",
            "With --export: write the rows of the IIS access logs among the inputs instead of "
            "the httperr rows (CSV, TSV, JSON Lines, or ECS with the field names of Filebeat's "
            "IIS access module).")};
    QCommandLineOption slowSeconds{
        QStringLiteral("slow-seconds"),
        QCoreApplication::translate("CommandLine",
                                    "IIS access-log requests that took N seconds or longer count "
                                    "as slow in the evidence for a spike (default 110)."),
        QStringLiteral("N")};
    QCommandLineOption accessOffset{
        QStringLiteral("access-offset"),
        QCoreApplication::translate(
            "CommandLine",
            "The IIS access logs of server SERVER (or of every server, without SERVER=) were "
            "written in local time at this offset from UTC, for example WEB01=+02:00 or "
            "-05:00 (repeat for several servers). IIS writes UTC unless set otherwise."),
        QStringLiteral("[SERVER=]OFFSET")};
    QCommandLineOption ingest{
        QStringLiteral("ingest"),
        QCoreApplication::translate(
            "CommandLine",
            "Send the rows of the named files, folders and archives to ClickHouse at URL "
            "(clickhouse://[USER@]HOST[:PORT]/DATABASE, clickhouses:// for HTTPS) and exit; "
            "files already there are skipped. The password comes from "
            "HTTPERR_CLICKHOUSE_PASSWORD or a prompt."),
        QStringLiteral("URL")};
    FilterOptions filters;

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({summary,    json,     demo,        quiet,        screenshot,
                           size,       follow,   selectSpike, show,         bars,
                           exportRows, format,   columns,     report,       spike,
                           anonymize,  requests, slowSeconds, accessOffset, ingest});
        filters.addTo(parser);
    }
    // Reads the parsed options; returns why they do not fit together, or nothing.
    QString read(const QCommandLineParser &parser, CommandLineOptions &o) const;
    QString readExport(const QCommandLineParser &parser, CommandLineOptions &o) const;
    QString readWindow(const QCommandLineParser &parser, CommandLineOptions &o) const;
    QString readDatabase(const QCommandLineParser &parser, CommandLineOptions &o) const;
};

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QString Spec::read(const QCommandLineParser &parser, CommandLineOptions &o) const
{
    o.paths = parser.positionalArguments();
    o.demo = parser.isSet(demo);
    o.summary = parser.isSet(summary);
    o.json = parser.isSet(json);
    o.quiet = parser.isSet(quiet);
    o.follow = parser.isSet(follow);
    o.anonymize = parser.isSet(anonymize);
    QString error;
    const std::optional<FilterState> filter = filters.read(parser, &error);
    if (!filter)
        return error;
    o.filter = *filter;
    o.hasFilter = filters.isSet(parser);
    if (error = readExport(parser, o); !error.isEmpty())
        return error;
    if (error = readWindow(parser, o); !error.isEmpty())
        return error;
    if (error = readDatabase(parser, o); !error.isEmpty())
        return error;
    if (o.json && !o.summary)
        return QCoreApplication::translate("CommandLine", "--json needs --summary.");
    if (parser.isSet(slowSeconds)) {
        bool ok = false;
        const uint value = parser.value(slowSeconds).toUInt(&ok);
        if (!ok || value < 1 || value > 86400)
            return QCoreApplication::translate(
                "CommandLine", "--slow-seconds wants a number of seconds from 1 to 86400.");
        o.slowSeconds = value;
    }
    for (const QString &spec : parser.values(accessOffset)) {
        const QString wrong = o.accessClock.add(spec);
        if (!wrong.isEmpty())
            return QStringLiteral("--access-offset: ") + wrong;
    }
    if (o.anonymize && o.exportPath.isEmpty() && o.reportPath.isEmpty())
        return QCoreApplication::translate("CommandLine",
                                           "--anonymize needs --export or --report.");
    if (o.paths.count(QStringLiteral("-")) > 1)
        return QCoreApplication::translate("CommandLine",
                                           "Standard input (-) can be read only once.");
    if (o.isHeadless()) {
        if (o.follow)
            return QCoreApplication::translate(
                "CommandLine",
                "--follow needs the window; it does not go with --summary, --export or "
                "--report.");
        if (!o.screenshot.isEmpty())
            return QCoreApplication::translate(
                "CommandLine", "--screenshot does not go with --summary, --export or --report.");
        if (o.inputs().isEmpty())
            return QCoreApplication::translate(
                "CommandLine",
                "No input: name files, folders or archives, - for standard input, or "
                "--demo for the demo log.");
    }
    return {};
}

QString Spec::readExport(const QCommandLineParser &parser, CommandLineOptions &o) const
{
    o.reportPath = parser.value(report);
    if (parser.isSet(report) && !ReportWriter::kindOf(o.reportPath))
        return QCoreApplication::translate("CommandLine",
                                           "--report: the file name must end in .html or .pdf.");
    if (parser.isSet(spike)) {
        bool ok = false;
        o.reportSpike = parser.value(spike).toInt(&ok);
        if (!ok || o.reportSpike < 1)
            return QCoreApplication::translate("CommandLine", "--spike wants a number from 1 up.");
        if (!parser.isSet(report))
            return QCoreApplication::translate("CommandLine", "--spike needs --report.");
    }
    const bool exporting = parser.isSet(exportRows);
    o.exportPath = parser.value(exportRows);
    if (exporting && o.exportPath.isEmpty())
        return QCoreApplication::translate("CommandLine",
                                           "--export needs a file name, or - for standard output.");
    if (!exporting && (parser.isSet(format) || parser.isSet(columns)))
        return QCoreApplication::translate("CommandLine", "--format and --columns need --export.");
    o.exportRequests = parser.isSet(requests);
    if (o.exportRequests && !exporting)
        return QCoreApplication::translate("CommandLine", "--requests needs --export.");
    if (o.exportRequests && o.hasFilter)
        return QCoreApplication::translate("CommandLine",
                                           "--requests exports every access-log row; the filter "
                                           "options are for httperr rows.");
    if (!exporting)
        return {};
    const QString names = ExportFormats::names().join(QStringLiteral(", "));
    std::optional<ExportFormat> chosen = ExportFormats::fromPath(o.exportPath);
    if (parser.isSet(format)) {
        chosen = ExportFormats::fromName(parser.value(format));
        if (!chosen)
            return QCoreApplication::translate("CommandLine",
                                               "--format: “%1” is not a format; use one of %2.")
                .arg(parser.value(format), names);
    }
    if (!chosen)
        return QCoreApplication::translate(
                   "CommandLine",
                   "--export: the file name does not tell the format; end it in .csv, .tsv, "
                   ".jsonl or .log, or give --format (%1).")
            .arg(names);
    o.exportFormat = *chosen;
    if (parser.isSet(columns)) {
        o.columns = splitList(parser.value(columns));
        if (o.columns.isEmpty())
            return QCoreApplication::translate("CommandLine",
                                               "--columns needs at least one column name.");
        if (o.exportFormat == ExportFormat::HttpErr)
            return QCoreApplication::translate(
                "CommandLine",
                "--columns does not go with the log format: a .log file keeps each row's "
                "own fields.");
        if (!ExportFormats::takesColumns(o.exportFormat))
            return QCoreApplication::translate(
                "CommandLine",
                "--columns does not go with the ECS formats: each document holds all of "
                "the row's fields.");
    }
    if (o.exportRequests && o.exportFormat == ExportFormat::HttpErr)
        return QCoreApplication::translate(
            "CommandLine",
            "--requests does not go with the log format; use csv, tsv, jsonl or ecs.");
    if (o.exportPath == QLatin1String("-") && o.summary)
        return QCoreApplication::translate(
            "CommandLine", "--export - and --summary would both write to standard output.");
    return {};
}

QString Spec::readWindow(const QCommandLineParser &parser, CommandLineOptions &o) const
{
    o.screenshot = parser.value(screenshot);
    if (parser.isSet(screenshot) && o.screenshot.isEmpty())
        return QCoreApplication::translate("CommandLine", "--screenshot needs a file name.");
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = re.match(parser.value(size));
        if (!m.hasMatch())
            return QCoreApplication::translate("CommandLine",
                                               "--size wants WIDTHxHEIGHT, for example 1280x800.");
        o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(selectSpike)) {
        bool ok = false;
        o.selectSpike = parser.value(selectSpike).toInt(&ok);
        if (!ok || o.selectSpike < 1)
            return QCoreApplication::translate("CommandLine",
                                               "--select-spike wants a number from 1 up.");
    }
    for (const QString &value : parser.values(show)) {
        for (const QString &panel : splitList(value.toLower())) {
            if (!CommandLine::panelNames().contains(panel))
                return QCoreApplication::translate("CommandLine", "--show wants one of %1.")
                    .arg(CommandLine::panelNames().join(QStringLiteral(", ")));
            o.panels << panel;
        }
    }
    if (parser.isSet(bars)) {
        const QString value = parser.value(bars).toLower();
        if (value != QLatin1String("reason") && value != QLatin1String("server"))
            return QCoreApplication::translate("CommandLine", "--bars wants reason or server.");
        if (o.isHeadless())
            return QCoreApplication::translate(
                "CommandLine", "--bars is for the window; it does not go with --summary, "
                               "--export or --report.");
        o.barsByServer = value == QLatin1String("server");
    }
    return {};
}

QString Spec::readDatabase(const QCommandLineParser &parser, CommandLineOptions &o) const
{
    QString error;
    QStringList urls;
    for (const QString &path : std::as_const(o.paths)) {
        if (ClickHouseUrl::looksLikeUrl(path))
            urls << path;
    }
    if (!urls.isEmpty()) {
        if (urls.size() > 1 || o.paths.size() > 1 || o.demo)
            return QCoreApplication::translate(
                "CommandLine", "A ClickHouse address is opened alone, without files or --demo.");
        o.database = ClickHouseUrl::parse(urls.first(), &error);
        if (!o.database)
            return error;
        if (o.follow)
            return QCoreApplication::translate("CommandLine",
                                               "--follow reads files; it does not go with a "
                                               "ClickHouse address.");
    }
    if (!parser.isSet(ingest))
        return {};
    o.ingest = ClickHouseUrl::parse(parser.value(ingest), &error);
    if (!o.ingest)
        return QStringLiteral("--ingest: ") + error;
    if (o.isHeadless() || !o.screenshot.isEmpty() || o.follow || o.hasFilter || o.database)
        return QCoreApplication::translate(
            "CommandLine",
            "--ingest goes alone with the files to send (and --quiet): no filters, no other "
            "command, no ClickHouse address as input.");
    if (o.inputs().isEmpty())
        return QCoreApplication::translate("CommandLine",
                                           "--ingest needs files, folders or archives to send.");
    if (o.paths.contains(QStringLiteral("-")))
        return QCoreApplication::translate(
            "CommandLine",
            "--ingest reads files (it must read each one twice: once to recognise it, once to "
            "send it); save standard input to a file first.");
    return {};
}

QString description()
{
    return QCoreApplication::translate(
               "CommandLine",
               "Shows what Windows HTTP.sys rejected or dropped: opens httperr*.log files and "
               "folders, filters them and charts them over time.")
           + QStringLiteral("\n\n")
           + QCoreApplication::translate(
               "CommandLine",
               "Exit status: 0 success, 1 nothing could be read or written, 2 usage error.")
           + QStringLiteral("\n\n")
           + QCoreApplication::translate(
               "CommandLine",
               "On Windows, run the commands without a window (--summary, --export, --report, "
               "--ingest, --help) with httperr-viewer-cli.exe: it writes to the console in UTF-8 "
               "and cmd.exe waits for its exit status. httperr-viewer.exe is the window.");
}
} // namespace

QStringList CommandLineOptions::inputs() const
{
    return demo ? paths + QStringList{CommandLine::demoLogPath()} : paths;
}

bool CommandLine::Parsed::needsGui() const
{
    return action == Action::Window || action == Action::Screenshot
           || (action == Action::Headless && !options.reportPath.isEmpty());
}

QStringList CommandLine::arguments(int argc, char **argv)
{
    const QStringList all = programArguments(argc, argv);
    QStringList out;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString &argument = all.at(i);
        bool takesValue = false;
        if (isQtGuiOption(argument, &takesValue)) {
            i += takesValue ? 1 : 0;
            continue;
        }
        out << argument;
    }
    return out;
}

QStringList CommandLine::panelNames()
{
    return {QStringLiteral("top-values"), QStringLiteral("spikes"), QStringLiteral("bookmarks"),
            QStringLiteral("problems"), QStringLiteral("requests")};
}

QString CommandLine::demoLogPath()
{
    return QStringLiteral(":/demo/httperr-demo.log");
}

CommandLine::Parsed CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QCoreApplication::translate(
            "CommandLine",
            "httperr*.log files, folders, .zip or .gz archives to open, - for standard input "
            "(the window opens the demo log if none)."),
        QStringLiteral("[FILE|FOLDER|-...]"));
    const Spec spec;
    spec.addTo(parser);

    Parsed parsed;
    // The program name is the parser's first argument; it is not ours to check.
    if (!parser.parse(QStringList{QStringLiteral("httperr-viewer")} + arguments)) {
        parsed.action = Action::Error;
        parsed.error = parser.errorText();
        return parsed;
    }
    if (parser.isSet(help)) {
        parsed.action = Action::Help;
        // Only printed once the application (and so the program name) exists.
        if (QCoreApplication::instance())
            parsed.helpText = parser.helpText();
        return parsed;
    }
    if (parser.isSet(version)) {
        parsed.action = Action::Version;
        return parsed;
    }
    parsed.error = spec.read(parser, parsed.options);
    if (!parsed.error.isEmpty())
        parsed.action = Action::Error;
    else if (parsed.options.ingest)
        parsed.action = Action::Ingest;
    else if (parsed.options.isHeadless())
        parsed.action = Action::Headless;
    else if (!parsed.options.screenshot.isEmpty())
        parsed.action = Action::Screenshot;
    return parsed;
}
