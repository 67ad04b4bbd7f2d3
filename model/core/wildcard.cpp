#include "wildcard.h"

bool Wildcard::isPattern(const QString &text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'));
}

QRegularExpression Wildcard::toRegularExpression(const QString &pattern)
{
    // Qt 6.4's wildcardToRegularExpression treats '/' as a path separator; URLs need '*' to
    // cross it, so the translation is done here.
    QString re = QStringLiteral("\\A(?:");
    QString literal;
    auto flush = [&] {
        re += QRegularExpression::escape(literal);
        literal.clear();
    };
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*')) {
            flush();
            re += QStringLiteral(".*");
        } else if (c == QLatin1Char('?')) {
            flush();
            re += QLatin1Char('.');
        } else {
            literal += c;
        }
    }
    flush();
    re += QStringLiteral(")\\z");
    QRegularExpression expression(re, QRegularExpression::CaseInsensitiveOption
                                          | QRegularExpression::DotMatchesEverythingOption);
    expression.optimize();
    return expression;
}
