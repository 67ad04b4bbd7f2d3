#include "windowcapture.h"

#include "appsettings.h"
#include "exportjob.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WindowCapture", text);
}
} // namespace

QString WindowCapture::save(QWidget *window, const QString &path)
{
    if (const QString problem = ExportJob::checkTarget(path); !problem.isEmpty())
        return problem;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const char *format =
        suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ? "JPG" : "PNG";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot create “%1”: %2.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    if (!window->grab().save(&file, format, format[0] == 'J' ? 92 : -1) || !file.commit()) {
        file.cancelWriting();
        return tr("Could not save the screenshot to “%1”.").arg(QDir::toNativeSeparators(path));
    }
    return {};
}

QString WindowCapture::saveDialog(QWidget *window)
{
    AppSettings settings;
    QString folder = settings.lastFolder(AppSettings::FolderKind::Screenshot);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString path = QFileDialog::getSaveFileName(window, tr("Save Screenshot"),
                                                folder + QStringLiteral("/httperr-viewer.png"),
                                                tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg)"));
    if (path.isEmpty())
        return {};
    settings.setLastFolder(AppSettings::FolderKind::Screenshot, QFileInfo(path).absolutePath());
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    if (const QString error = save(window, path); !error.isEmpty()) {
        QMessageBox::warning(window, tr("Screenshot Not Saved"), error);
        return {};
    }
    return path;
}

void WindowCapture::copy(QWidget *window)
{
    QGuiApplication::clipboard()->setPixmap(window->grab());
}

QList<QAction *> WindowCapture::actions(QWidget *window,
                                        const std::function<void(const QString &)> &show)
{
    auto *save = new QAction(tr("Save Screens&hot…"), window);
    QObject::connect(save, &QAction::triggered, window, [window, show] {
        const QString path = saveDialog(window);
        if (!path.isEmpty())
            show(tr("Screenshot saved to %1").arg(QDir::toNativeSeparators(path)));
    });
    auto *copyAction = new QAction(tr("Cop&y Screenshot"), window);
    QObject::connect(copyAction, &QAction::triggered, window, [window, show] {
        copy(window);
        show(tr("Screenshot copied"));
    });
    return {save, copyAction};
}
