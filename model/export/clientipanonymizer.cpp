#include "clientipanonymizer.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {
constexpr int MaxAttempts = 64;

QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                          key.size() / int(sizeof(quint32)));
    return key;
}

uint32_t bits(const QByteArray &hash, int offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(hash.constData()) + offset;
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | uint32_t(p[3]);
}

// 198.18.0.0/15 holds 131072 addresses; host parts 0 and 255 are skipped so stand-ins never
// look like network or broadcast addresses.
std::string ipv4From(const QByteArray &hash)
{
    const uint32_t n = bits(hash, 0) % (1u << 17);
    const uint32_t third = n >> 8;
    const uint32_t fourth = n & 0xff;
    if (fourth == 0 || fourth == 255)
        return {};
    return "198." + std::to_string(18 + (third >> 8)) + '.' + std::to_string(third & 0xff) + '.'
           + std::to_string(fourth);
}

std::string ipv6From(const QByteArray &hash, std::string_view scope)
{
    static const char hex[] = "0123456789abcdef";
    std::string out = "2001:db8";
    for (int group = 0; group < 6; ++group) {
        const uint32_t v = bits(hash, group * 2) >> 16;
        out += ':';
        // Groups without leading zeros, as addresses are usually written.
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            const uint32_t digit = (v >> shift) & 0xf;
            if (digit || started || shift == 0) {
                out += hex[digit];
                started = true;
            }
        }
    }
    out.append(scope);
    return out;
}

std::string otherFrom(const QByteArray &hash)
{
    return "anon-" + hash.left(4).toHex().toStdString();
}
} // namespace

ClientIpAnonymizer::ClientIpAnonymizer()
    : m_key(randomKey())
{}

ClientIpAnonymizer::ClientIpAnonymizer(const QByteArray &key)
    : m_key(key)
{}

std::string_view ClientIpAnonymizer::pseudonym(uint32_t id, std::string_view address)
{
    if (address.empty())
        return {};
    if (id < m_byId.size() && m_byId[id] >= 0)
        return m_names[size_t(m_byId[id])];
    const std::string_view name = pseudonym(address);
    if (id >= m_byId.size())
        m_byId.resize(size_t(id) + 1, -1);
    m_byId[id] = int32_t(m_byAddress.at(std::string(address)));
    return name;
}

std::string_view ClientIpAnonymizer::pseudonym(std::string_view address)
{
    if (address.empty())
        return {};
    const std::string key(address);
    const auto found = m_byAddress.find(key);
    if (found != m_byAddress.end())
        return m_names[found->second];
    m_names.push_back(invent(address));
    m_used.insert(m_names.back());
    m_byAddress.emplace(key, uint32_t(m_names.size() - 1));
    return m_names.back();
}

QByteArray ClientIpAnonymizer::digest(std::string_view address, int attempt) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    mac.addData(address.data(), qsizetype(address.size()));
    mac.addData(QByteArray::number(attempt));
    return mac.result();
}

std::string ClientIpAnonymizer::invent(std::string_view address)
{
    const size_t percent = address.find('%');
    const std::string_view host = address.substr(0, percent);
    const std::string_view scope =
        percent == std::string_view::npos ? std::string_view() : address.substr(percent);
    QHostAddress parsed;
    const bool isIp = parsed.setAddress(QString::fromLatin1(host.data(), qsizetype(host.size())));
    const bool isV4 = isIp && parsed.protocol() == QHostAddress::IPv4Protocol;

    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        const QByteArray hash = digest(address, attempt);
        std::string candidate;
        if (isV4)
            candidate = ipv4From(hash);
        else if (isIp)
            candidate = ipv6From(hash, scope);
        else
            candidate = otherFrom(hash);
        if (!candidate.empty() && m_used.count(candidate) == 0)
            return candidate;
    }
    // Only reached when 198.18.0.0/15 is nearly full: fall back to a counter.
    for (size_t n = m_names.size() + 1;; ++n) {
        std::string candidate = "anon-ip-" + std::to_string(n);
        if (m_used.count(candidate) == 0)
            return candidate;
    }
}
