#include "console.h"

#include <cstdio>

namespace {
bool quietMode = false;

void writeLine(const QString &line)
{
    const QByteArray bytes = line.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}
} // namespace

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
