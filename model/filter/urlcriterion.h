#pragma once

#include "filtercriterion.h"

#include <QRegularExpression>

// The URL, ignoring case: plain text matches anywhere, text with '*' or '?' is a wildcard over
// the whole URL, "re:" starts a regular expression that matches anywhere, and a leading "!"
// keeps the rows that do not match. An invalid expression is an error (and filters nothing).
class UrlCriterion : public IdCriterion
{
public:
    explicit UrlCriterion(const QString &pattern);

protected:
    bool matches(std::string_view text) const override;

private:
    bool matchesPositive(std::string_view text) const;

    enum class Kind { Substring, Expression };
    Kind m_kind = Kind::Substring;
    bool m_negated = false;
    std::string m_asciiNeedle; // Substring with an ASCII pattern: folded bytes
    QString m_needle;          // Substring with a non-ASCII pattern
    QRegularExpression m_expression;
};
