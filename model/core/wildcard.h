#pragma once

#include <QRegularExpression>
#include <QString>

namespace Wildcard {
// True when `text` uses '*' or '?'.
bool isPattern(const QString &text);
// A case-insensitive expression matching the whole text, where '*' stands for any run of
// characters (slashes included, unlike file globbing) and '?' for any one character.
QRegularExpression toRegularExpression(const QString &pattern);
} // namespace Wildcard
