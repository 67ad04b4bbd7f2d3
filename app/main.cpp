#include "commandline.h"
#include "mainwindow.h"
#include "screenshotcommand.h"
#include "summarycommand.h"

#include <QApplication>

#include <memory>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HttpErrViewer"));
    QCoreApplication::setApplicationName(QStringLiteral("httperr-viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HTTPERR_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return SummaryCommand::run(CommandLine::parse(app));
    }
    if (CommandLine::wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("HttpErr Viewer"));
    const CommandLineOptions options = CommandLine::parse(app);

    MainWindow window;
    if (!options.screenshot.isEmpty())
        ScreenshotCommand::arm(window, options);
    window.show();
    window.openPaths(options.paths.isEmpty() ? QStringList{CommandLine::demoLogPath()}
                                             : options.paths);
    return app.exec();
}
