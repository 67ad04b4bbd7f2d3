#pragma once

#include <QString>
#include <QStringList>

// Putting translated sentences together: one space between them, except after a full-width
// stop (。！？), after which Japanese and Chinese text goes on without one.
namespace Sentences {
QString join(const QStringList &sentences);
// `first` and `second` as one text (either may be empty).
QString append(const QString &first, const QString &second);
} // namespace Sentences
