#pragma once

#include <QByteArray>

#include <cstdint>
#include <cstring>
#include <string_view>

// ClickHouse's RowBinary format, both ways: little-endian integers, strings as a LEB128
// length and their bytes, FixedString(N) as N bytes, arrays as a length and their items.
// The cheapest format for the server to read (no escaping, no number parsing), and the same
// in 18.16 and current versions.
class RowBinaryWriter
{
public:
    explicit RowBinaryWriter(QByteArray &out)
        : m_out(out)
    {}

    void u8(uint8_t v) { m_out.append(char(v)); }
    void u16(uint16_t v) { raw(&v, 2); }
    void u32(uint32_t v) { raw(&v, 4); }
    void u64(uint64_t v) { raw(&v, 8); }
    void i64(int64_t v) { raw(&v, 8); }
    void varint(uint64_t v)
    {
        while (v >= 0x80) {
            m_out.append(char(uint8_t(v) | 0x80));
            v >>= 7;
        }
        m_out.append(char(v));
    }
    void string(std::string_view s)
    {
        varint(s.size());
        m_out.append(s.data(), qsizetype(s.size()));
    }
    void fixed(const void *bytes, size_t n)
    {
        m_out.append(static_cast<const char *>(bytes), qsizetype(n));
    }

private:
    void raw(const void *v, qsizetype n)
    {
        static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "RowBinary is little-endian");
        m_out.append(static_cast<const char *>(v), n);
    }

    QByteArray &m_out;
};

// Reads RowBinary answers; every read checks that the bytes are there (a short or damaged
// answer sets failed() instead of reading past the end).
class RowBinaryReader
{
public:
    explicit RowBinaryReader(const QByteArray &data)
        : m_p(data.constData())
        , m_end(data.constData() + data.size())
    {}

    bool atEnd() const { return m_p >= m_end; }
    bool failed() const { return m_failed; }

    uint8_t u8() { return number<uint8_t>(); }
    uint16_t u16() { return number<uint16_t>(); }
    uint32_t u32() { return number<uint32_t>(); }
    uint64_t u64() { return number<uint64_t>(); }
    int64_t i64() { return number<int64_t>(); }
    double f64() { return number<double>(); }
    uint64_t varint()
    {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end)
                return fail();
            const auto b = uint8_t(*m_p++);
            v |= uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        return fail();
    }
    std::string_view string()
    {
        const uint64_t n = varint();
        if (m_failed || n > uint64_t(m_end - m_p)) {
            fail();
            return {};
        }
        const std::string_view s(m_p, size_t(n));
        m_p += n;
        return s;
    }

private:
    template <typename T> T number()
    {
        if (m_end - m_p < qsizetype(sizeof(T))) {
            fail();
            return T{};
        }
        T v;
        std::memcpy(&v, m_p, sizeof(T));
        m_p += sizeof(T);
        return v;
    }
    uint64_t fail()
    {
        m_failed = true;
        m_p = m_end;
        return 0;
    }

    const char *m_p;
    const char *m_end;
    bool m_failed = false;
};
