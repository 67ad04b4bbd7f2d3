#pragma once

#include "loadsink.h"

#include <QStringList>

class QIODevice;
class HttpErrParser;

// Reads files and folders into batches, synchronously, on whatever thread calls run().
// LogLoader runs it in the background for the window; the command line runs it directly.
class LoadJob
{
public:
    explicit LoadJob(const QStringList &paths);

    // The first block is small so the first rows reach the table at once.
    void setBlockSizes(qint64 first, qint64 rest);
    void run(LoadSink &sink);

private:
    void loadFile(int32_t index, const QString &path, LoadSink &sink);
    bool readBlocks(QIODevice &device, HttpErrParser &parser, int32_t index, LoadSink &sink);
    bool parseBuffer(const QByteArray &data, HttpErrParser &parser, int32_t index, LoadSink &sink);
    void emitBatch(LogBatchPtr &batch, LoadSink &sink);
    void advance(qint64 bytes, LoadSink &sink);

    QStringList m_paths;
    qint64 m_firstBlock = 256 * 1024;
    qint64 m_block = 4 * 1024 * 1024;
    qint64 m_done = 0;
    qint64 m_total = 0;
};
