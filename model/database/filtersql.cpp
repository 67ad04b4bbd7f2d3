#include "filtersql.h"

#include "clickhouseschema.h"
#include "clientipcriterion.h"
#include "filtercriterion.h"
#include "servercriterion.h"
#include "sqltext.h"
#include "valuelistcriterion.h"
#include "wildcard.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
// The parts of c_ip the client address filter reads as text: lower-case, without the scope,
// and the scope after the first '%'.
constexpr char IpText[] = "lower(splitByChar('%', c_ip)[1])";
constexpr char IpScope[] =
    "if(position(c_ip, '%') > 0, lower(substring(c_ip, position(c_ip, '%') + 1)), '')";
// The text an item without an address compares with: with a scope, the whole value.
constexpr char IpFullText[] =
    "if(position(c_ip, '%') > 0 AND position(c_ip, '%') < length(c_ip), lower(c_ip), "
    "lower(splitByChar('%', c_ip)[1]))";

QByteArray joined(const QList<QByteArray> &parts, const char *glue)
{
    QByteArray out;
    for (const QByteArray &p : parts)
        out += (out.isEmpty() ? QByteArray() : QByteArray(glue)) + p;
    return out;
}

QByteArray anyOf(const QList<QByteArray> &parts)
{
    return parts.isEmpty() ? QByteArray("0") : '(' + joined(parts, " OR ") + ')';
}

QByteArray literalList(const std::vector<std::string> &values)
{
    QList<QByteArray> items;
    for (const std::string &v : values)
        items << SqlText::literal(v);
    return '(' + joined(items, ", ") + ')';
}

std::vector<std::string> folded(const QStringList &values)
{
    std::vector<std::string> out;
    for (const QString &v : values) {
        const QByteArray bytes = v.toUtf8();
        if (!bytes.isEmpty())
            out.push_back(
                IdCriterion::foldCase(std::string_view(bytes.constData(), size_t(bytes.size()))));
    }
    return out;
}

// "column IN (…) AND column NOT IN (…)" over lower(column), for lists already folded.
QByteArray inLists(const QByteArray &column, const std::vector<std::string> &include,
                   const std::vector<std::string> &exclude)
{
    QList<QByteArray> parts;
    if (!include.empty())
        parts << "lower(" + column + ") IN " + literalList(include);
    if (!exclude.empty())
        parts << "lower(" + column + ") NOT IN " + literalList(exclude);
    return joined(parts, " AND ");
}

QByteArray hex16(const QHostAddress &address)
{
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    return "toFixedString(unhex('" + QByteArray(reinterpret_cast<const char *>(bytes.c), 16).toHex()
           + "'), 16)";
}

QByteArray v6Range(const QHostAddress &network, int prefix)
{
    Q_IPV6ADDR lo = network.toIPv6Address();
    Q_IPV6ADDR hi = lo;
    prefix = std::clamp(prefix, 0, 128);
    for (int bit = prefix; bit < 128; ++bit) {
        const auto mask = uint8_t(0x80 >> (bit % 8));
        lo.c[bit / 8] = uint8_t(lo.c[bit / 8] & ~mask);
        hi.c[bit / 8] = uint8_t(hi.c[bit / 8] | mask);
    }
    return "(ip_kind = 6 AND ip_v6 >= " + hex16(QHostAddress(lo))
           + " AND ip_v6 <= " + hex16(QHostAddress(hi)) + ')';
}

QByteArray v4Range(const QHostAddress &network, int prefix)
{
    prefix = std::clamp(prefix, 0, 32);
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    const quint32 lo = network.toIPv4Address() & mask;
    const quint32 hi = lo | ~mask;
    return "(ip_v4 >= " + SqlText::number(int64_t(lo))
           + " AND ip_v4 <= " + SqlText::number(int64_t(hi)) + ')';
}

QByteArray ipItem(const ClientIpCriterion::Item &item)
{
    using Kind = ClientIpCriterion::Item::Kind;
    switch (item.kind) {
    case Kind::Any:
        return "1";
    case Kind::Text:
        return QByteArray(IpFullText) + " = " + SqlText::literal(item.text);
    case Kind::Pattern: {
        const QByteArray re =
            SqlText::literal(QString::fromUtf8(FilterSql::wildcardExpression(item.text)));
        return "(match(" + QByteArray(IpText) + ", " + re
               + ") OR (ip_kind = 6 AND ip_v4 >= 0 AND match(IPv4NumToString(toUInt32(ip_v4)), "
               + re + ")))";
    }
    case Kind::Subnet:
        // QHostAddress::isInSubnet: only forms of the network's protocol can be in it.
        return item.network.protocol() == QAbstractSocket::IPv4Protocol
                   ? v4Range(item.network, item.prefix)
                   : v6Range(item.network, item.prefix);
    case Kind::Address: {
        QList<QByteArray> forms;
        for (const QHostAddress &form : item.forms) {
            if (form.protocol() == QAbstractSocket::IPv4Protocol)
                forms << "ip_v4 = " + SqlText::number(int64_t(form.toIPv4Address()));
            else
                forms << "(ip_kind = 6 AND ip_v6 = " + hex16(form) + ')';
        }
        QByteArray out = anyOf(forms);
        if (!item.scope.isEmpty())
            out = "(" + QByteArray(IpScope) + " = " + SqlText::literal(item.scope) + " AND " + out
                  + ')';
        return out;
    }
    }
    return "0";
}

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}
} // namespace

FilterSql::FilterSql(const FilterState &state, const QStringList &servers)
    : m_state(state)
    , m_servers(servers)
    , m_filter(state)
{
    m_errors = m_filter.errors();
}

QByteArray FilterSql::re2Literal(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = uint8_t(c);
        if (u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')
            || c == '_') {
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\x{" + QByteArray::number(u, 16) + '}';
        } else {
            out += '\\';
            out += c;
        }
    }
    return out;
}

QByteArray FilterSql::wildcardExpression(const QString &pattern)
{
    QByteArray re = "(?is)\\A(?:";
    QString literal;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?')) {
            re += re2Literal(literal);
            literal.clear();
            re += c == QLatin1Char('*') ? ".*" : ".";
        } else {
            literal += c;
        }
    }
    re += re2Literal(literal);
    return re + ")\\z";
}

QByteArray FilterSql::reasons(const QStringList &include, const QStringList &exclude)
{
    QStringList in;
    QStringList out;
    for (const QString &r : include)
        in << r.trimmed();
    for (const QString &r : exclude)
        out << r.trimmed();
    return inLists("s_reason", folded(in), folded(out));
}

QByteArray FilterSql::valueList(const char *column, const QString &spec)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList include;
    QStringList exclude;
    for (QString item : spec.split(separators, Qt::SkipEmptyParts)) {
        const bool negated = item.startsWith(QLatin1Char('!'));
        if (negated)
            item.remove(0, 1);
        if (!item.isEmpty())
            (negated ? exclude : include) << item;
    }
    return inLists(column, folded(include), folded(exclude));
}

QByteArray FilterSql::url(const QString &spec)
{
    QString p = spec.trimmed();
    const bool negated = p.startsWith(QLatin1Char('!'));
    if (negated)
        p.remove(0, 1);
    if (p.isEmpty())
        return {};
    QByteArray test;
    if (p.startsWith(QLatin1String("re:")))
        test = "match(cs_uri, " + SqlText::literal(QStringLiteral("(?i)") + p.mid(3)) + ')';
    else if (Wildcard::isPattern(p))
        test = "match(cs_uri, " + SqlText::literal(QString::fromUtf8(wildcardExpression(p))) + ')';
    else if (isAscii(p))
        test = "positionCaseInsensitive(cs_uri, " + SqlText::literal(p) + ") > 0";
    else
        test = "positionCaseInsensitiveUTF8(cs_uri, " + SqlText::literal(p) + ") > 0";
    return negated ? "NOT " + test : test;
}

QByteArray FilterSql::clientIp(const QString &spec)
{
    const ClientIpCriterion criterion(spec);
    if (!criterion.isActive())
        return {};
    QList<QByteArray> positive;
    QList<QByteArray> negative;
    for (const ClientIpCriterion::Item &item : criterion.items())
        (item.negated ? negative : positive) << ipItem(item);
    QList<QByteArray> parts;
    if (!positive.isEmpty())
        parts << anyOf(positive);
    if (!negative.isEmpty())
        parts << "NOT " + anyOf(negative);
    return joined(parts, " AND ");
}

QByteArray FilterSql::time(std::optional<int64_t> from, std::optional<int64_t> to)
{
    // DateTime holds 1970 to 2106; a bound outside keeps every row on its side.
    constexpr int64_t Last = int64_t(UINT32_MAX);
    if ((from && *from > Last) || (to && *to < 0) || (from && to && *from > *to))
        return "0";
    QList<QByteArray> parts;
    if (from && *from > 0)
        parts << "ts >= toDateTime(" + SqlText::number(*from) + ')';
    if (to && *to < Last)
        parts << "ts <= toDateTime(" + SqlText::number(*to) + ')';
    return joined(parts, " AND ");
}

QByteArray FilterSql::servers(const QStringList &include, const QStringList &exclude,
                              const QStringList &known)
{
    const ServerCriterion criterion(include, exclude);
    if (!criterion.isActive())
        return {};
    QList<QByteArray> passing;
    for (const QString &server : known) {
        if (criterion.accepts(server))
            passing << SqlText::literal(server);
    }
    if (passing.size() == known.size())
        return {};
    return passing.isEmpty() ? QByteArray("0") : "server IN (" + joined(passing, ", ") + ')';
}

QByteArray FilterSql::criterion(FilterField field) const
{
    if (!m_filter.isActive(field))
        return {};
    switch (field) {
    case FilterField::Reason:
        return reasons(m_state.reasons, m_state.excludedReasons);
    case FilterField::ClientIp:
        return clientIp(m_state.clientIp);
    case FilterField::Url:
        return url(m_state.url);
    case FilterField::Time:
        return time(m_state.from, m_state.to);
    case FilterField::Server:
        return servers(m_state.servers, m_state.excludedServers, m_servers);
    case FilterField::Status:
    case FilterField::Site:
    case FilterField::Queue:
    case FilterField::Method:
    case FilterField::ServerPort: {
        const char *column = ClickHouseSchema::columnOf(ValueListCriterion::columnFor(field));
        return column ? valueList(column, m_state.valueList(field)) : QByteArray();
    }
    }
    return {};
}

QByteArray FilterSql::condition(std::optional<FilterField> ignored) const
{
    // The time range first: it narrows the parts ClickHouse reads.
    static constexpr FilterField Order[] = {
        FilterField::Time,     FilterField::Reason, FilterField::Server, FilterField::Status,
        FilterField::Site,     FilterField::Queue,  FilterField::Method, FilterField::ServerPort,
        FilterField::ClientIp, FilterField::Url};
    QList<QByteArray> parts;
    for (const FilterField field : Order) {
        if (ignored && *ignored == field)
            continue;
        const QByteArray c = criterion(field);
        if (!c.isEmpty())
            parts << '(' + c + ')';
    }
    return parts.isEmpty() ? QByteArray("1") : joined(parts, " AND ");
}
