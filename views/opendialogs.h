#pragma once

#include <QCoreApplication>
#include <QStringList>

class QMimeData;
class QWidget;

// The file and folder pickers of File > Open, which start in and remember the last folder, and
// what a drop onto the window opens.
class OpenDialogs
{
    Q_DECLARE_TR_FUNCTIONS(OpenDialogs)
public:
    // The files picked, or none when cancelled.
    static QStringList files(QWidget *parent);
    // The folder picked, or empty when cancelled.
    static QString folder(QWidget *parent);
    // The local files and folders dropped on the window.
    static QStringList droppedPaths(const QMimeData *data);
};
