#pragma once

#include "inflatingdevice.h"

#include <QByteArray>

#include <memory>

// Decompresses a gzip stream (several concatenated members too, as `cat a.gz b.gz` makes) read
// from another device, a little at a time: only one small input buffer is held, never the
// whole compressed or decompressed file. Damaged or truncated data fails the read.
class GzipDevice : public InflatingDevice
{
    Q_OBJECT
public:
    // Reads from `source` (opened or not), which this device then owns.
    explicit GzipDevice(std::unique_ptr<QIODevice> source, QObject *parent = nullptr);
    ~GzipDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    // Compressed bytes consumed so far.
    qint64 compressedPos() const { return m_consumed; }

    // True when `head` starts with the gzip magic bytes.
    static bool hasMagic(const QByteArray &head);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    struct Stream;

    bool refill();

    std::unique_ptr<QIODevice> m_source;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_input;
    qint64 m_consumed = 0;
    qint64 m_produced = 0;
    bool m_finished = false; // the last member ended and no input follows
    bool m_inputEnded = false;
};
