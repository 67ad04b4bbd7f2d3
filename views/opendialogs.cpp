#include "opendialogs.h"

#include "appsettings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>

QStringList OpenDialogs::files(QWidget *parent)
{
    AppSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        parent, tr("Open HTTP.sys Error Logs"), settings.lastFolder(),
        tr("HTTP.sys error logs and archives (*.log *.log.gz *.zip *.gz);;"
           "All files (*)"));
    if (!files.isEmpty())
        settings.setLastFolder(QFileInfo(files.first()).absolutePath());
    return files;
}

QString OpenDialogs::folder(QWidget *parent)
{
    AppSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Open a Folder of HTTP.sys Error Logs"), settings.lastFolder());
    if (!folder.isEmpty())
        settings.setLastFolder(folder);
    return folder;
}

QStringList OpenDialogs::droppedPaths(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}
