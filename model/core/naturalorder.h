#pragma once

#include <QStringView>

// Orders names the way people count: "httperr2" before "httperr10", case ignored. Unlike
// QCollator's numeric mode it does not depend on the locale (under the C locale QCollator
// falls back to plain comparison), so file order is the same on every machine.
namespace NaturalOrder {
// Negative, zero or positive as `a` sorts before, with or after `b`. Zero only for equal text.
int compare(QStringView a, QStringView b);
inline bool less(QStringView a, QStringView b)
{
    return compare(a, b) < 0;
}
} // namespace NaturalOrder
