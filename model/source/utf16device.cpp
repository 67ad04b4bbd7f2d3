#include "utf16device.h"

#include <cstring>

namespace {
constexpr qint64 SourceBlock = 256 * 1024;
}

Utf16Device::Utf16Device(QIODevice &source, QStringDecoder::Encoding encoding)
    : m_source(source)
    , m_decoder(encoding)
{}

qint64 Utf16Device::readData(char *data, qint64 maxSize)
{
    if (!fill(maxSize))
        return -1;
    const qint64 n = std::min<qint64>(maxSize, m_pending.size() - m_offset);
    std::memcpy(data, m_pending.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

qint64 Utf16Device::writeData(const char *, qint64)
{
    return -1;
}

bool Utf16Device::fill(qint64 wanted)
{
    if (m_offset > 0 && m_pending.size() - m_offset < wanted) {
        m_pending.remove(0, m_offset);
        m_offset = 0;
    }
    QByteArray raw(SourceBlock, Qt::Uninitialized);
    while (!m_sourceDone && m_pending.size() - m_offset < wanted) {
        const qint64 n = m_source.read(raw.data(), raw.size());
        if (n < 0) {
            setErrorString(m_source.errorString());
            return false;
        }
        m_sourceDone = n == 0;
        const QString text = m_decoder.decode(QByteArrayView(raw.constData(), n));
        m_pending += text.toUtf8();
    }
    return true;
}
