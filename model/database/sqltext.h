#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string_view>

// Values written into ClickHouse SQL. Every value a user or a log supplies goes through one of
// these, so no value can end a literal early or add to the query: a string literal escapes its
// quote, backslash and control bytes; an identifier is quoted with backticks.
namespace SqlText {
// 'text' with \' \\ and \xHH for control bytes; the bytes are kept as they are (not UTF-8
// checked: log values may be in any code page).
QByteArray literal(std::string_view bytes);
QByteArray literal(const QString &text); // as UTF-8
// `name`, with ` and \ escaped.
QByteArray identifier(const QString &name);
// A database, table or cluster name as this program accepts it: letters, digits and
// underscores, not starting with a digit (what needs no quoting in any ClickHouse version).
bool isPlainName(const QString &name);
// `database`.`table`
QByteArray table(const QString &database, const char *table);
QByteArray number(int64_t value);
QByteArray number(uint64_t value);
} // namespace SqlText
