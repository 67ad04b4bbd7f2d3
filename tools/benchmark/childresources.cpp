#include "childresources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#ifdef Q_OS_WIN
#include <windows.h>

#include <psapi.h>
#endif

namespace {
#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
const QString timeProgram = QStringLiteral("/usr/bin/time");

bool timeAvailable()
{
    return QFileInfo(timeProgram).isExecutable();
}
#endif

#ifdef Q_OS_MACOS
// The number before `key` on the line that holds it ("  0.50 user"), or -1.
double numberBefore(const QByteArray &text, const QByteArray &key)
{
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (words.at(i) == key)
                return words.at(i - 1).toDouble();
        }
    }
    return -1;
}
#endif

#ifdef Q_OS_WIN
double seconds(const FILETIME &t)
{
    return double((quint64(t.dwHighDateTime) << 32) | t.dwLowDateTime) / 1e7; // 100 ns ticks
}
#endif
} // namespace

ChildResources::ChildResources()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
    if (timeAvailable())
        m_report = QDir::temp().filePath(QStringLiteral("httperr-benchmark-time-%1")
                                             .arg(QUuid::createUuid().toString(QUuid::Id128)));
#endif
}

ChildResources::~ChildResources()
{
    if (!m_report.isEmpty())
        QFile::remove(m_report);
#ifdef Q_OS_WIN
    if (m_process)
        CloseHandle(HANDLE(m_process));
#endif
}

void ChildResources::wrap(QString &program, QStringList &arguments) const
{
    if (m_report.isEmpty())
        return;
#if defined(Q_OS_LINUX)
    arguments = QStringList{QStringLiteral("-f"), QStringLiteral("%M %U %S"), QStringLiteral("-o"),
                            m_report, program}
                + arguments;
    program = timeProgram;
#elif defined(Q_OS_MACOS)
    arguments = QStringList{QStringLiteral("-l"), program} + arguments;
    program = timeProgram;
#else
    Q_UNUSED(program);
    Q_UNUSED(arguments);
#endif
}

QString ChildResources::standardErrorFile() const
{
#ifdef Q_OS_MACOS
    return m_report;
#else
    return {};
#endif
}

void ChildResources::started(qint64 processId)
{
#ifdef Q_OS_WIN
    // QProcess holds its own handle until the child is reaped, so the process object (and its
    // counters) still exists here even if the child has already ended.
    m_process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(processId));
#else
    Q_UNUSED(processId);
#endif
}

ChildResources::Usage ChildResources::finished()
{
    Usage usage;
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters = {};
    if (m_process && GetProcessMemoryInfo(HANDLE(m_process), &counters, sizeof(counters)))
        usage.peakResidentBytes = qint64(counters.PeakWorkingSetSize);
    FILETIME created, exited, kernel, user;
    if (m_process && GetProcessTimes(HANDLE(m_process), &created, &exited, &kernel, &user))
        usage.cpuSeconds = seconds(kernel) + seconds(user);
#elif defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
    QFile report(m_report);
    if (m_report.isEmpty() || !report.open(QIODevice::ReadOnly))
        return usage;
    const QByteArray text = report.readAll();
#ifdef Q_OS_LINUX
    // GNU time: "kilobytes user system", alone on the last line.
    const QList<QByteArray> words = text.trimmed().split('\n').last().split(' ');
    if (words.size() == 3) {
        usage.peakResidentBytes = words.at(0).toLongLong() * 1024;
        usage.cpuSeconds = words.at(1).toDouble() + words.at(2).toDouble();
    }
#else
    // BSD time -l: "1.23 real 0.50 user 0.10 sys", then "12345678 maximum resident set size".
    usage.cpuSeconds = numberBefore(text, "user") + numberBefore(text, "sys");
    usage.peakResidentBytes = qint64(numberBefore(text, "maximum"));
#endif
#endif
    return usage;
}
