#include "urlcriterion.h"

#include "textdecode.h"
#include "wildcard.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}
} // namespace

UrlCriterion::UrlCriterion(const QString &pattern)
    : IdCriterion(FilterField::Url, LogField::Uri)
{
    QString p = pattern.trimmed();
    m_negated = p.startsWith(QLatin1Char('!'));
    if (m_negated)
        p.remove(0, 1);
    if (p.isEmpty())
        return;
    if (p.startsWith(QLatin1String("re:"))) {
        m_kind = Kind::Expression;
        m_expression = QRegularExpression(p.mid(3), QRegularExpression::CaseInsensitiveOption);
        if (!m_expression.isValid()) {
            setError(QCoreApplication::translate("UrlCriterion",
                                                 "Invalid regular expression: %1 (at position %2)")
                         .arg(m_expression.errorString())
                         .arg(m_expression.patternErrorOffset()));
            return;
        }
        m_expression.optimize();
    } else if (Wildcard::isPattern(p)) {
        m_kind = Kind::Expression;
        m_expression = Wildcard::toRegularExpression(p);
    } else if (isAscii(p)) {
        const QByteArray bytes = p.toLatin1();
        m_asciiNeedle = foldCase(std::string_view(bytes.constData(), size_t(bytes.size())));
    } else {
        m_needle = p;
    }
    setActive(true);
}

bool UrlCriterion::matchesPositive(std::string_view text) const
{
    if (m_kind == Kind::Substring && m_needle.isEmpty())
        return containsFolded(text, m_asciiNeedle);
    const QString decoded = TextDecode::toQString(text);
    if (m_kind == Kind::Substring)
        return decoded.contains(m_needle, Qt::CaseInsensitive);
    return m_expression.match(decoded).hasMatch();
}

bool UrlCriterion::matches(std::string_view text) const
{
    return matchesPositive(text) != m_negated;
}
