#include "naturalorder.h"

namespace {
bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Compares the digit runs starting at a[i] and b[j] by value, advancing past them. Leading
// zeros are ignored for the value; `zeros` keeps the first difference in them as a tie-break.
int compareNumbers(QStringView a, qsizetype &i, QStringView b, qsizetype &j, int &zeros)
{
    const qsizetype zi = i;
    const qsizetype zj = j;
    while (i < a.size() && a[i] == QLatin1Char('0'))
        ++i;
    while (j < b.size() && b[j] == QLatin1Char('0'))
        ++j;
    if (zeros == 0 && (i - zi) != (j - zj))
        zeros = (i - zi) < (j - zj) ? -1 : 1;
    const qsizetype si = i;
    const qsizetype sj = j;
    while (i < a.size() && isDigit(a[i]))
        ++i;
    while (j < b.size() && isDigit(b[j]))
        ++j;
    const qsizetype li = i - si;
    const qsizetype lj = j - sj;
    if (li != lj)
        return li < lj ? -1 : 1; // more significant digits: the larger number
    for (qsizetype k = 0; k < li; ++k) {
        if (a[si + k] != b[sj + k])
            return a[si + k] < b[sj + k] ? -1 : 1;
    }
    return 0;
}
} // namespace

int NaturalOrder::compare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    int zeros = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            const int c = compareNumbers(a, i, b, j, zeros);
            if (c != 0)
                return c;
            continue;
        }
        const char32_t ca = a[i].toCaseFolded().unicode();
        const char32_t cb = b[j].toCaseFolded().unicode();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1; // the shorter one is a prefix: it comes first
    if (zeros != 0)
        return zeros;
    // Same words and numbers: fall back to the exact text so the order is total.
    return a.compare(b, Qt::CaseSensitive);
}
