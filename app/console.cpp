#include "console.h"

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {
bool quietMode = false;

#ifdef Q_OS_WIN
UINT codePageBefore = 0;

void restoreCodePage()
{
    SetConsoleOutputCP(codePageBefore);
}
#endif

void writeLine(const QString &line)
{
    const QByteArray bytes = Console::encode(line) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}
} // namespace

void Console::useUtf8()
{
#ifdef Q_OS_WIN
    // Without a console (the window program, or output redirected to a file) this is 0.
    codePageBefore = GetConsoleOutputCP();
    if (codePageBefore != 0 && codePageBefore != CP_UTF8 && SetConsoleOutputCP(CP_UTF8))
        std::atexit(restoreCodePage);
#endif
}

QByteArray Console::encode(const QString &text)
{
#ifdef Q_OS_WIN
    return text.toUtf8();
#else
    return text.toLocal8Bit();
#endif
}

void Console::setQuiet(bool quiet)
{
    quietMode = quiet;
}

void Console::status(const QString &line)
{
    if (!quietMode)
        writeLine(line);
}

void Console::error(const QString &line)
{
    writeLine(line);
}

void Console::data(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Console::text(const QString &text)
{
    data(encode(text));
}
