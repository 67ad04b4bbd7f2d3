#include "processrunner.h"

#include "childresources.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

ProcessRunner::Result ProcessRunner::run(const QString &program, const QStringList &arguments,
                                         const QString &outputFile)
{
    Result result;
    ChildResources resources;
    QString command = program;
    QStringList commandArguments = arguments;
    resources.wrap(command, commandArguments);

    QProcess process;
    process.setStandardOutputFile(outputFile.isEmpty() ? QProcess::nullDevice() : outputFile);
    const QString errorFile = resources.standardErrorFile();
    process.setStandardErrorFile(errorFile.isEmpty() ? QProcess::nullDevice() : errorFile);
    QElapsedTimer timer;
    timer.start();
    process.start(command, commandArguments);
    if (!process.waitForStarted(-1))
        return result;
    result.started = true;
    resources.started(process.processId());
    process.waitForFinished(-1);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    const ChildResources::Usage usage = resources.finished();
    result.peakResidentBytes = usage.peakResidentBytes;
    result.cpuSeconds = usage.cpuSeconds;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (!outputFile.isEmpty()) {
        QFile file(outputFile);
        if (file.open(QIODevice::ReadOnly))
            result.output = file.readAll();
    }
    return result;
}

QString ProcessRunner::viewerPath()
{
    return QStringLiteral(HTTPERR_VIEWER_PATH);
}

QString ProcessRunner::find(const QString &program)
{
    return QStandardPaths::findExecutable(program);
}
