#include "clientipcriterion.h"

#include "wildcard.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ClientIpCriterion", text);
}

// "10.*", "10.1.*", "10.1.2.*": whole leading octets, then a star.
bool octetWildcard(const QString &item, QHostAddress &network, int &prefix)
{
    static const QRegularExpression re(QStringLiteral("\\A((?:\\d{1,3}\\.){1,3})\\*\\z"));
    const QRegularExpressionMatch m = re.match(item);
    if (!m.hasMatch())
        return false;
    QStringList octets = m.captured(1).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    prefix = int(octets.size()) * 8;
    while (octets.size() < 4)
        octets.append(QStringLiteral("0"));
    return network.setAddress(octets.join(QLatin1Char('.')));
}

void splitScope(const QString &text, QString &address, QString &scope)
{
    const qsizetype percent = text.indexOf(QLatin1Char('%'));
    address = percent < 0 ? text : text.left(percent);
    scope = percent < 0 ? QString() : text.mid(percent + 1);
}
} // namespace

ClientIpCriterion::ClientIpCriterion(const QString &spec)
    : IdCriterion(FilterField::ClientIp, LogField::ClientIp)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList items = spec.split(separators, Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (!addItem(item))
            return;
    }
    setActive(!m_items.empty());
}

bool ClientIpCriterion::addItem(QString text)
{
    Item item;
    item.negated = text.startsWith(QLatin1Char('!'));
    if (item.negated)
        text.remove(0, 1);
    text = text.toLower();
    if (text.isEmpty())
        return true;
    if (text == QLatin1String("*")) {
        item.kind = Item::Kind::Any;
    } else if (octetWildcard(text, item.network, item.prefix)) {
        item.kind = Item::Kind::Subnet;
    } else if (Wildcard::isPattern(text)) {
        item.kind = Item::Kind::Pattern;
        item.pattern = Wildcard::toRegularExpression(text);
        item.text = text;
    } else if (text.contains(QLatin1Char('/'))) {
        const auto subnet = QHostAddress::parseSubnet(text);
        if (subnet.first.isNull() || subnet.second < 0) {
            setError(tr("“%1” is not a valid address block (CIDR), for example 10.1.0.0/16 "
                        "or 2001:db8::/32.")
                         .arg(text));
            return false;
        }
        item.kind = Item::Kind::Subnet;
        item.network = subnet.first;
        item.prefix = subnet.second;
    } else {
        QString address;
        splitScope(text, address, item.scope);
        const QHostAddress parsed(address);
        if (parsed.isNull()) {
            item.kind = Item::Kind::Text;
            item.text = text;
        } else {
            item.kind = Item::Kind::Address;
            item.forms = formsOf(parsed);
        }
    }
    m_hasPositive = m_hasPositive || !item.negated;
    m_items.push_back(std::move(item));
    return true;
}

std::vector<QHostAddress> ClientIpCriterion::formsOf(const QHostAddress &address)
{
    std::vector<QHostAddress> forms{address};
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return forms;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped) {
        forms.emplace_back(v4);
        return forms;
    }
    // ISATAP interface ids are 0000:5efe or 0200:5efe followed by the IPv4 address.
    const Q_IPV6ADDR b = address.toIPv6Address();
    if ((b[8] == 0x00 || b[8] == 0x02) && b[9] == 0x00 && b[10] == 0x5e && b[11] == 0xfe) {
        const quint32 embedded =
            quint32(b[12]) << 24 | quint32(b[13]) << 16 | quint32(b[14]) << 8 | quint32(b[15]);
        forms.emplace_back(embedded);
    }
    return forms;
}

ClientIpCriterion::Value ClientIpCriterion::parseValue(std::string_view text)
{
    Value value;
    splitScope(QString::fromLatin1(text.data(), qsizetype(text.size())).toLower(), value.text,
               value.scope);
    const QHostAddress parsed(value.text);
    if (!parsed.isNull())
        value.forms = formsOf(parsed);
    return value;
}

bool ClientIpCriterion::itemMatches(const Item &item, const Value &value)
{
    switch (item.kind) {
    case Item::Kind::Any:
        return true;
    case Item::Kind::Text:
        return value.scope.isEmpty() ? item.text == value.text
                                     : item.text == value.text + QLatin1Char('%') + value.scope;
    case Item::Kind::Pattern:
        if (item.pattern.match(value.text).hasMatch())
            return true;
        for (size_t i = 1; i < value.forms.size(); ++i) {
            if (item.pattern.match(value.forms[i].toString()).hasMatch())
                return true;
        }
        return false;
    case Item::Kind::Subnet:
        for (const QHostAddress &form : value.forms) {
            if (form.isInSubnet(item.network, item.prefix))
                return true;
        }
        return false;
    case Item::Kind::Address:
        if (!item.scope.isEmpty() && item.scope != value.scope)
            return false;
        for (const QHostAddress &mine : item.forms) {
            for (const QHostAddress &theirs : value.forms) {
                if (mine.isEqual(theirs, QHostAddress::StrictConversion))
                    return true;
            }
        }
        return false;
    }
    return false;
}

bool ClientIpCriterion::matches(std::string_view text) const
{
    const Value value = parseValue(text);
    bool included = !m_hasPositive;
    for (const Item &item : m_items) {
        if (item.negated || included)
            continue;
        included = itemMatches(item, value);
    }
    if (!included)
        return false;
    for (const Item &item : m_items) {
        if (item.negated && itemMatches(item, value))
            return false;
    }
    return true;
}
