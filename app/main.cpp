#include "appsettings.h"
#include "commandline.h"
#include "exportcommand.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "palettes.h"
#include "screenshotcommand.h"
#include "summarycommand.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>
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
// must not change what the user's next session restores: its settings live in a folder that
// is removed when it exits.
std::unique_ptr<QTemporaryDir> isolateSettings()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (dir->isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir->path());
    }
    return dir;
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
} // namespace

int main(int argc, char *argv[])
{
    if ((CommandLine::wantsScreenshot(argc, argv) || CommandLine::wantsReport(argc, argv))
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (CommandLine::isHeadless(argc, argv)) {
        returnFreedMemory();
        // A report draws its chart and lays out its PDF, which takes a GUI application.
        std::unique_ptr<QCoreApplication> app;
        if (CommandLine::wantsReport(argc, argv))
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        describeApplication();
        const CommandLineOptions options = CommandLine::parse(*app);
        if (!options.exportPath.isEmpty() || !options.reportPath.isEmpty()) {
            const int status = ExportCommand::run(options);
            if (status != 0 || !options.summary)
                return status;
        }
        return SummaryCommand::run(options);
    }

    QApplication app(argc, argv);
    std::unique_ptr<QTemporaryDir> screenshotSettings;
    if (CommandLine::wantsScreenshot(argc, argv))
        screenshotSettings = isolateSettings();
    describeApplication();
    describeDesktopApplication();
    const CommandLineOptions options = CommandLine::parse(app);

    MainWindow window;
    if (options.hasFilter)
        window.setFilterState(options.filter);
    if (!options.screenshot.isEmpty())
        ScreenshotCommand::arm(window, options);
    window.show();
    if (options.follow)
        window.setFollowing(true);
    window.openPaths(options.paths.isEmpty() ? QStringList{CommandLine::demoLogPath()}
                                             : options.paths);
    return app.exec();
}
