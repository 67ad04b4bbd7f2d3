#pragma once

#include "filterstate.h"
#include "rowfilter.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

// A FilterState compiled to a ClickHouse WHERE condition over httperr_rows, deciding every
// row as RowFilter decides it on the files: the same criteria classes parse what the user
// typed (a criterion with an error filters nothing, as in the window), and each one becomes
// SQL with every value a literal (SqlText), so no value can change the query.
// - reasons and value lists: lower(column) IN / NOT IN (ASCII case folding, as foldCase);
// - URL: positionCaseInsensitive (ASCII) or …UTF8, a wildcard or "re:" as an RE2 match,
//   "!" as NOT;
// - client address: the ip_kind/ip_v4/ip_v6 columns the ingest worked out with
//   ClientIpCriterion's own reading of each value (blocks as ranges, IPv4-mapped and ISATAP
//   addresses by their IPv4 meaning), text and wildcards on the lower-case text;
// - server: decided by name with ServerCriterion over the database's servers, then IN;
// - time: ts between the bounds (inclusive), which the table's order makes a range read.
class FilterSql
{
public:
    FilterSql(const FilterState &state, const QStringList &servers);

    const FilterState &state() const { return m_state; }
    QList<FilterError> errors() const { return m_errors; }
    // The AND of the usable criteria ("1" when none), without `ignored` (the timeline leaves
    // the time range out).
    QByteArray condition(std::optional<FilterField> ignored = std::nullopt) const;
    // One criterion's condition; empty when it filters nothing.
    QByteArray criterion(FilterField field) const;

    static QByteArray reasons(const QStringList &include, const QStringList &exclude);
    static QByteArray valueList(const char *column, const QString &spec);
    static QByteArray url(const QString &spec);
    static QByteArray clientIp(const QString &spec);
    static QByteArray time(std::optional<int64_t> from, std::optional<int64_t> to);
    static QByteArray servers(const QStringList &include, const QStringList &exclude,
                              const QStringList &known);
    // A wildcard ('*' any run, '?' one character) as an RE2 expression for the whole text,
    // case ignored: what Wildcard::toRegularExpression is for QRegularExpression.
    static QByteArray wildcardExpression(const QString &pattern);
    // `text` as RE2 literal characters.
    static QByteArray re2Literal(const QString &text);

private:
    FilterState m_state;
    QStringList m_servers;
    QList<FilterError> m_errors;
    RowFilter m_filter; // says which criteria are usable
};
