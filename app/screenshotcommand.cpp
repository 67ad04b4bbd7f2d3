#include "screenshotcommand.h"

#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

void ScreenshotCommand::arm(MainWindow &window, const CommandLineOptions &options)
{
    window.resize(options.size);
    const QString file = options.screenshot;
    QObject::connect(&window, &MainWindow::loadFinished, &window, [&window, file] {
        // Let queued replots and layouts settle before taking the picture.
        QTimer::singleShot(300, &window, [&window, file] {
            const QPixmap pixmap = window.grab();
            if (!pixmap.save(file, "PNG")) {
                std::fprintf(
                    stderr, "%s\n",
                    qPrintable(
                        QApplication::translate("ScreenshotCommand", "Cannot write %1").arg(file)));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    });
}
