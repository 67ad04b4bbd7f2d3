#pragma once

#include <QByteArray>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// Replaces client addresses with stand-ins for sharing logs outside the company. One instance
// serves one export: the same address always gets the same stand-in there, different addresses
// never share one, and a random key makes the stand-ins of one export unrelated to the next
// (so nobody can recompute them by hashing every IPv4 address).
//
// IPv4 addresses become addresses in 198.18.0.0/15 (reserved, never on the Internet), IPv6
// addresses become addresses in 2001:db8::/32 (documentation) keeping their %scope, and
// anything else ("[IP]", garbage) becomes "anon-" and eight hex digits. Not thread-safe.
class ClientIpAnonymizer
{
public:
    // With a fresh random key.
    ClientIpAnonymizer();
    // With a given key, for reproducible tests.
    explicit ClientIpAnonymizer(const QByteArray &key);

    // The stand-in for `address`, which has interned id `id` in its column; cached by id, so
    // the hot path costs one lookup. Empty stays empty.
    std::string_view pseudonym(uint32_t id, std::string_view address);
    // The stand-in for `address`.
    std::string_view pseudonym(std::string_view address);
    // How many distinct addresses were replaced so far.
    size_t count() const { return m_names.size(); }

private:
    std::string invent(std::string_view address);
    QByteArray digest(std::string_view address, int attempt) const;

    QByteArray m_key;
    std::vector<int32_t> m_byId;     // index into m_names, -1 when not seen yet
    std::deque<std::string> m_names; // stable storage for the returned views
    std::unordered_map<std::string, uint32_t> m_byAddress;
    std::unordered_set<std::string> m_used;
};
