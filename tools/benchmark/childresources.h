#pragma once

#include <QString>
#include <QStringList>

// What one child process used: its peak resident memory and its CPU time (user + system, with
// what it waited for), measured the way each platform allows. Linux: GNU time writes both to a
// file (wait4() would report this big process's own memory high-water mark, which a forked child
// inherits); macOS: BSD time -l writes them to the child's standard error; Windows: the
// process's counters, read through a handle opened at start. Elsewhere, or without a time
// program, they stay unknown (-1).
class ChildResources
{
public:
    struct Usage
    {
        qint64 peakResidentBytes = -1;
        double cpuSeconds = -1;
    };

    ChildResources();
    ~ChildResources();
    ChildResources(const ChildResources &) = delete;
    ChildResources &operator=(const ChildResources &) = delete;

    // Rewrites the command so that it is measured (prefixes the time program where one is used).
    void wrap(QString &program, QStringList &arguments) const;
    // Where the child's standard error must go (macOS's report), or empty to discard it.
    QString standardErrorFile() const;
    // The child `processId` started.
    void started(qint64 processId);
    // The child ended: what it used.
    Usage finished();

private:
    QString m_report;
    void *m_process = nullptr;
};
