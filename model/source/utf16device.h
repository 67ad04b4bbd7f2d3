#pragma once

#include <QIODevice>
#include <QStringDecoder>

// Reads a UTF-16 device as UTF-8 bytes, a block at a time, so a log re-saved by an editor in
// UTF-16 goes through the same line reader as any other file and memory stays bounded.
// Sequential and read-only; a byte order mark at the start is dropped.
class Utf16Device : public QIODevice
{
public:
    Utf16Device(QIODevice &source, QStringDecoder::Encoding encoding);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    bool fill(qint64 wanted);

    QIODevice &m_source;
    QStringDecoder m_decoder;
    QByteArray m_pending; // decoded bytes not handed out yet, from m_offset on
    qsizetype m_offset = 0;
    bool m_sourceDone = false;
};
