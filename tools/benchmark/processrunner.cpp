#include "processrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

ProcessRunner::Result ProcessRunner::run(const QString &program, const QStringList &arguments,
                                         const QString &outputFile)
{
    Result result;
    std::vector<QByteArray> storage;
    // A child forked from this big process inherits its memory high-water mark, so wait4()
    // would report ours. GNU time is small: the program it starts reports its own peak.
    const QString time = QStringLiteral("/usr/bin/time");
    const QByteArray timeOutput = QFile::encodeName(QDir::tempPath()) + "/httperr-benchmark-time-"
                                  + QByteArray::number(getpid());
    const bool timed = QFileInfo(time).isExecutable();
    if (timed) {
        for (const char *a : {"/usr/bin/time", "-f", "%M", "-o"})
            storage.push_back(a);
        storage.push_back(timeOutput);
    }
    storage.push_back(program.toLocal8Bit());
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    const QByteArray out =
        outputFile.isEmpty() ? QByteArray("/dev/null") : outputFile.toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return result;
    result.started = true;
    int status = 0;
    struct rusage usage = {};
    // wait4 reports the resources of this one child, unlike getrusage(RUSAGE_CHILDREN).
    while (wait4(pid, &status, 0, &usage) < 0) {
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.peakResidentBytes = qint64(usage.ru_maxrss) * 1024;
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    result.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    if (timed) {
        QFile kilobytes(QString::fromLocal8Bit(timeOutput));
        if (kilobytes.open(QIODevice::ReadOnly))
            result.peakResidentBytes =
                kilobytes.readAll().trimmed().split('\n').last().toLongLong() * 1024;
        kilobytes.remove();
    }
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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
