#include "sqltext.h"

#include <QRegularExpression>

namespace {
constexpr char Hex[] = "0123456789ABCDEF";
}

QByteArray SqlText::literal(std::string_view bytes)
{
    QByteArray out;
    out.reserve(qsizetype(bytes.size()) + 2);
    out += '\'';
    for (const char c : bytes) {
        const auto u = uint8_t(c);
        if (c == '\'' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\x";
            out += Hex[u >> 4];
            out += Hex[u & 15];
        } else {
            out += c;
        }
    }
    out += '\'';
    return out;
}

QByteArray SqlText::literal(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return literal(std::string_view(utf8.constData(), size_t(utf8.size())));
}

QByteArray SqlText::identifier(const QString &name)
{
    QByteArray out = "`";
    for (const char c : name.toUtf8()) {
        if (c == '`' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '`';
    return out;
}

bool SqlText::isPlainName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("\\A[A-Za-z_][A-Za-z0-9_]*\\z"));
    return plain.match(name).hasMatch();
}

QByteArray SqlText::table(const QString &database, const char *table)
{
    return identifier(database) + '.' + identifier(QString::fromLatin1(table));
}

QByteArray SqlText::number(int64_t value)
{
    return QByteArray::number(qlonglong(value));
}

QByteArray SqlText::number(uint64_t value)
{
    return QByteArray::number(qulonglong(value));
}
