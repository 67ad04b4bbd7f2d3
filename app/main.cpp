#include "appsettings.h"
#include "commandline.h"
#include "console.h"
#include "headlesscommand.h"
#include "ingestcommand.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "palettes.h"
#include "screenshotcommand.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyleFactory>
#include <QTemporaryDir>

#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
// Names the application (QSettings uses them) and installs the translations, before the
// command line is parsed so that --help is translated too.
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HttpErrViewer"));
    QCoreApplication::setApplicationName(QStringLiteral("httperr-viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HTTPERR_VERSION));
    LanguageManager::install(AppSettings().language());
}

// A screenshot shows the defaults (every panel, no filter left from an earlier session) and
// must not change what the user's next session restores: its settings live in an INI file in a
// folder that is removed when it exits (never the registry or a property list).
std::unique_ptr<QTemporaryDir> isolateSettings()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (dir->isValid())
        AppSettings::storeIn(dir->path());
    return dir;
}

// HTTPERR_SETTINGS_DIR keeps the settings in an INI file in that folder (tests, a portable
// copy on a USB stick) instead of the platform's store.
void settingsFromEnvironment()
{
    const QString folder = qEnvironmentVariable("HTTPERR_SETTINGS_DIR");
    if (!folder.isEmpty())
        AppSettings::storeIn(folder);
}

void describeDesktopApplication()
{
    QApplication::setApplicationDisplayName(QStringLiteral("HttpErr Viewer"));
    QGuiApplication::setDesktopFileName(QStringLiteral(HTTPERR_APP_ID));
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/httperr-viewer-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // A way to look at the window under a dark theme on any desktop (and offscreen).
    if (qgetenv("HTTPERR_PALETTE") == "dark") {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(Palettes::dark());
    }
}
// Big blocks (columns, read buffers, parsed pieces) get mappings of their own, which go back
// to the system when freed. By default glibc keeps such blocks for reuse once the first one
// was freed, which raised the peak memory of --summary on a million lines by about 6 MB.
void returnFreedMemory()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

// The minimal platform has no theme, so its default font is the font database's (12 pt on
// Linux), bigger than the 9 pt of the desktops the report's chart is laid out for: the report
// is drawn in 9 pt whatever the platform.
void reportFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(9);
    QApplication::setFont(font);
}

// Prints what the arguments ask to print instead of running (help, version, a usage error)
// and returns the exit status.
int answer(const CommandLine::Parsed &parsed)
{
    if (parsed.action == CommandLine::Action::Help) {
        Console::text(parsed.helpText);
        return CommandLine::Success;
    }
    if (parsed.action == CommandLine::Action::Version) {
        Console::text(QCoreApplication::applicationName() + QLatin1Char(' ')
                      + QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    Console::error(QCoreApplication::applicationName() + QStringLiteral(": ")
                   + QString(parsed.error).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    return CommandLine::UsageError;
}

int runWindow(QApplication &app, const CommandLineOptions &options)
{
    describeDesktopApplication();
    if (options.barsByServer) // read by the timeline as it is made
        AppSettings().setTimelineByServer(*options.barsByServer);
    MainWindow window;
    if (options.hasFilter)
        window.setFilterState(options.filter);
    if (!options.screenshot.isEmpty())
        ScreenshotCommand::arm(window, options);
    window.show();
    if (options.follow)
        window.setFollowing(true);
    const QStringList inputs = options.inputs();
    const QStringList paths = inputs.isEmpty() ? QStringList{CommandLine::demoLogPath()} : inputs;
    if (options.screenshot.isEmpty())
        window.openPaths(paths);
    else if (!ScreenshotCommand::open(window, paths))
        return CommandLine::Failure;
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    // The arguments decide which application to create, so they are parsed before anything
    // needs a display: a usage error, --help or a headless command never opens one.
    Console::useUtf8();
    const QStringList arguments = CommandLine::arguments(argc, argv);
    const CommandLine::Parsed first = CommandLine::parse(arguments);
    std::unique_ptr<QTemporaryDir> screenshotSettings;
    if (first.action == CommandLine::Action::Screenshot
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (first.action == CommandLine::Action::Headless && first.needsGui()) {
        // A report draws its chart and lays out its PDF, which takes a GUI application, but
        // never shows anything: the minimal platform with fonts, whatever the environment says
        // (deployments ship it; the offscreen platform is for --screenshot).
        qputenv("QT_QPA_PLATFORM", "minimal:enable_fonts");
    }
    std::unique_ptr<QCoreApplication> app;
    if (first.needsGui())
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    if (first.action == CommandLine::Action::Headless && first.needsGui())
        reportFont();
    settingsFromEnvironment();
    if (first.action == CommandLine::Action::Screenshot)
        screenshotSettings = isolateSettings();
    describeApplication();
    // Again, now that the messages and --help can be translated.
    const CommandLine::Parsed parsed = CommandLine::parse(arguments);
    switch (parsed.action) {
    case CommandLine::Action::Help:
    case CommandLine::Action::Version:
    case CommandLine::Action::Error:
        return answer(parsed);
    case CommandLine::Action::Headless:
        returnFreedMemory();
        return HeadlessCommand::run(parsed.options);
    case CommandLine::Action::Ingest:
        return IngestCommand::run(parsed.options);
    case CommandLine::Action::Window:
    case CommandLine::Action::Screenshot:
        break;
    }
    return runWindow(*qobject_cast<QApplication *>(app.get()), parsed.options);
}
