#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

// What one run of the viewer binary did, for the command-line tests.
struct ViewerRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Runs the viewer (HTTPERR_VIEWER_BINARY) with `arguments` and waits for it. Every run gets
// the same empty settings folder of its own (HTTPERR_SETTINGS_DIR), so nothing a user or an earlier
// test remembered (a filter, a language) leaks in. `display` false runs it as on a machine without
// one (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM), as a script on a server would; `input` is
// written to its standard input; `environment` is added to the environment (name, value).
inline ViewerRun runViewer(const QStringList &arguments, bool display = true,
                           const QByteArray &input = {},
                           const QList<QPair<QString, QString>> &environment = {})
{
    static QTemporaryDir config;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // An INI file there, on every platform (no registry, no property list).
    env.insert(QStringLiteral("HTTPERR_SETTINGS_DIR"), config.path());
    if (!display) {
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
    }
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HTTPERR_VIEWER_BINARY), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    ViewerRun result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
