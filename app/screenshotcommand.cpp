#include "screenshotcommand.h"

#include "commandline.h"
#include "console.h"
#include "mainwindow.h"
#include "nativepath.h"
#include "requestscontroller.h"
#include "sessioncontroller.h"
#include "sessionfile.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHash>
#include <QPixmap>
#include <QTimer>

namespace {
void saveAndExit(MainWindow &window, const QString &file)
{
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(file, "PNG")) {
        Console::error(QApplication::translate("ScreenshotCommand", "Cannot write %1").arg(file));
        QApplication::exit(1);
        return;
    }
    QApplication::exit(0);
}

// The docks --show names, by the names saveState() keeps them under.
void showPanels(MainWindow &window, const QStringList &panels)
{
    static const QHash<QString, QString> docks{
        {QStringLiteral("top-values"), QStringLiteral("topValuesDock")},
        {QStringLiteral("spikes"), QStringLiteral("spikeDock")},
        {QStringLiteral("bookmarks"), QStringLiteral("bookmarkDock")},
        {QStringLiteral("problems"), QStringLiteral("problemsDock")}};
    for (const QString &panel : panels) {
        if (panel == QLatin1String("requests")) {
            window.requests()->showRequests(RequestFilterState());
            continue;
        }
        auto *dock = window.findChild<QDockWidget *>(docks.value(panel));
        if (dock && !dock->isVisible())
            dock->toggleViewAction()->trigger(); // as the View menu opens it
    }
}
} // namespace

void ScreenshotCommand::arm(MainWindow &window, const CommandLineOptions &options)
{
    window.resize(options.size);
    const QString file = options.screenshot;
    const int spike = options.selectSpike;
    const QStringList panels = options.panels;
    QObject::connect(&window, &MainWindow::loadFinished, &window, [&window, file, spike, panels] {
        // Let queued replots and layouts settle before taking the picture.
        QTimer::singleShot(300, &window, [&window, file, spike, panels] {
            // Opened now, as a user would, so they take their share of the laid-out window.
            showPanels(window, panels);
            if (spike > 0 && !window.selectSpike(spike - 1))
                Console::error(QApplication::translate("ScreenshotCommand", "There is no spike %1.")
                                   .arg(spike));
            QTimer::singleShot(spike > 0 || !panels.isEmpty() ? 300 : 0, &window,
                               [&window, file] { saveAndExit(window, file); });
        });
    });
}

bool ScreenshotCommand::open(MainWindow &window, const QStringList &paths)
{
    if (paths.size() != 1 || !SessionFile::isSessionPath(paths.first())) {
        window.openPaths(paths);
        return true;
    }
    SessionController *sessions = window.sessions();
    sessions->setLocator([](const QString &missing) {
        Console::error(QApplication::translate("ScreenshotCommand",
                                               "The session's file %1 is not there (moved, or "
                                               "on another machine); going on without it.")
                           .arg(NativePath::display(missing)));
        return QString();
    });
    const QMetaObject::Connection said =
        QObject::connect(sessions, &SessionController::message, &window,
                         [](const QString &text) { Console::error(text); });
    const bool opened = sessions->open(paths.first());
    QObject::disconnect(said);
    return opened;
}
