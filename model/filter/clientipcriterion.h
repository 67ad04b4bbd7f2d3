#pragma once

#include "filtercriterion.h"

#include <QHostAddress>
#include <QRegularExpression>

// Client addresses: a comma-separated list of exact addresses ("::1", "fe80::1%13" — an item
// with a %scope also requires that scope), CIDR blocks ("10.1.0.0/16", "2001:db8::/32"),
// wildcards ("10.1.*" is read as 10.1.0.0/16; other patterns match the text) and "!" before
// any item to take it away. Listed items form a union, "!" items are then removed.
// IPv4-mapped (::ffff:a.b.c.d) and ISATAP (…:5efe:a.b.c.d) values also count as their IPv4
// address. A value that is not an address only matches an item with the same text.
class ClientIpCriterion : public IdCriterion
{
public:
    explicit ClientIpCriterion(const QString &spec);

    // What the criterion makes of a value. The database keeps the same in columns of its own
    // (ClickHouse's SQL filter reads them), so both decide alike.
    struct Value
    {
        QString text;                    // lower-case, without the scope
        QString scope;                   // lower-case
        std::vector<QHostAddress> forms; // empty when the text is not an address; else the
                                         // address, then its IPv4 meaning (mapped, ISATAP)
    };
    static Value parseValue(std::string_view text);

    // One item of the list, as parsed (the SQL filter compiles the same items).
    struct Item
    {
        enum class Kind { Any, Address, Subnet, Pattern, Text };
        Kind kind = Kind::Text;
        bool negated = false;
        std::vector<QHostAddress> forms; // Address: the address and its IPv4 meaning
        QString scope;                   // Address: required scope, if given
        QHostAddress network;            // Subnet
        int prefix = 0;                  // Subnet
        QRegularExpression pattern;      // Pattern
        QString text;                    // Text and Pattern: lower-case
    };
    const std::vector<Item> &items() const { return m_items; }

protected:
    bool matches(std::string_view text) const override;

private:
    bool addItem(QString item);
    static std::vector<QHostAddress> formsOf(const QHostAddress &address);
    static bool itemMatches(const Item &item, const Value &value);

    std::vector<Item> m_items;
    bool m_hasPositive = false;
};
