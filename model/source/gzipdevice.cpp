#include "gzipdevice.h"

#include <zlib.h>

namespace {
constexpr int InputChunk = 64 * 1024;
constexpr int AutoDetectGzip = 15 + 16; // window bits: 32 KiB window, gzip wrapper
} // namespace

struct GzipDevice::Stream
{
    z_stream z{};
    bool initialised = false;
};

GzipDevice::GzipDevice(std::unique_ptr<QIODevice> source, QObject *parent)
    : InflatingDevice(parent)
    , m_source(std::move(source))
    , m_stream(std::make_unique<Stream>())
{}

GzipDevice::~GzipDevice()
{
    GzipDevice::close();
}

bool GzipDevice::hasMagic(const QByteArray &head)
{
    return head.startsWith("\x1f\x8b");
}

bool GzipDevice::open(OpenMode mode)
{
    if ((mode & ~OpenMode(QIODevice::Text)) != QIODevice::ReadOnly || !m_source) {
        setErrorString(tr("A gzip stream can only be read"));
        return false;
    }
    if (!m_source->isOpen() && !m_source->open(QIODevice::ReadOnly)) {
        failFrom(*m_source);
        return false;
    }
    if (inflateInit2(&m_stream->z, AutoDetectGzip) != Z_OK) {
        setErrorString(tr("Cannot start decompressing"));
        return false;
    }
    m_stream->initialised = true;
    m_input.resize(InputChunk);
    m_stream->z.avail_in = 0;
    return QIODevice::open(QIODevice::ReadOnly);
}

void GzipDevice::close()
{
    if (m_stream && m_stream->initialised) {
        inflateEnd(&m_stream->z);
        m_stream->initialised = false;
    }
    if (m_source)
        m_source->close();
    if (isOpen())
        QIODevice::close();
}

bool GzipDevice::refill()
{
    const qint64 n = m_source->read(m_input.data(), m_input.size());
    if (n < 0)
        return false;
    m_inputEnded = n == 0;
    m_stream->z.next_in = reinterpret_cast<Bytef *>(m_input.data());
    m_stream->z.avail_in = uInt(n);
    return true;
}

qint64 GzipDevice::readData(char *data, qint64 maxSize)
{
    if (hasFailed())
        return -1;
    z_stream &z = m_stream->z;
    qint64 written = 0;
    while (written < maxSize && !m_finished) {
        if (z.avail_in == 0 && !m_inputEnded && !refill())
            return failFrom(*m_source);
        if (z.avail_in == 0 && m_inputEnded) {
            // Input ran out inside a member: the file was cut short.
            return fail(LogProblem::Code::DamagedArchive, tr("the gzip data ends too early"));
        }
        z.next_out = reinterpret_cast<Bytef *>(data + written);
        z.avail_out = uInt(std::min<qint64>(maxSize - written, 1 << 30));
        const uInt inBefore = z.avail_in;
        const uInt outBefore = z.avail_out;
        const int rc = inflate(&z, Z_NO_FLUSH);
        m_consumed += inBefore - z.avail_in;
        written += outBefore - z.avail_out;
        m_produced += outBefore - z.avail_out;
        if (m_produced > outputLimit(std::max<qint64>(m_consumed, 1)))
            return fail(LogProblem::Code::TooCompressed, tr("expands too much"));
        if (rc == Z_STREAM_END) {
            // Another member may follow (concatenated gzip files); trailing zeros end it.
            if (z.avail_in == 0 && !refill())
                return failFrom(*m_source);
            if (z.avail_in == 0 || z.next_in[0] != 0x1f) {
                m_finished = true;
                break;
            }
            inflateReset(&z);
        } else if (rc == Z_NEED_DICT || rc == Z_DATA_ERROR || rc == Z_MEM_ERROR) {
            const QString why = z.msg ? QString::fromLatin1(z.msg) : tr("bad gzip data");
            return fail(LogProblem::Code::DamagedArchive, why);
        } else if (rc == Z_BUF_ERROR && z.avail_in > 0 && z.avail_out > 0) {
            return fail(LogProblem::Code::DamagedArchive, tr("bad gzip data"));
        }
    }
    return written;
}
