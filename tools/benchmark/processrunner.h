#pragma once

#include <QString>
#include <QStringList>

// Runs another program to completion (QProcess) and reports what the benchmark needs: wall time,
// CPU time and peak resident memory (ChildResources: per platform, -1 where unknown) and its
// exit code.
class ProcessRunner
{
public:
    struct Result
    {
        bool started = false;
        int exitCode = -1;
        double seconds = 0;
        double cpuSeconds = 0; // user + system, the child and what it waited for
        qint64 peakResidentBytes = 0;
        QByteArray output; // stdout, when asked for
    };

    // Runs `program` with `arguments`; stdout goes to `outputFile` (or is discarded) and stderr
    // is discarded. Waits without a time limit.
    static Result run(const QString &program, const QStringList &arguments,
                      const QString &outputFile = {});
    // The full path of `program` found on PATH, or an empty string.
    static QString find(const QString &program);
    // The httperr-viewer executable built with the benchmark.
    static QString viewerPath();
};
