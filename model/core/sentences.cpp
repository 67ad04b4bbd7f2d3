#include "sentences.h"

namespace {
bool endsWithFullWidthStop(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return last == QChar(0x3002) || last == QChar(0xFF01) || last == QChar(0xFF1F);
}
} // namespace

QString Sentences::append(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    if (endsWithFullWidthStop(first))
        return first + second;
    return first + QLatin1Char(' ') + second;
}

QString Sentences::join(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences)
        text = append(text, sentence);
    return text;
}
