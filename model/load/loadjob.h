#pragma once

#include "filekinddetector.h"
#include "loadsink.h"
#include "logfilecollector.h"
#include "parsecounts.h"
#include "parsepipeline.h"

#include <QStringList>

#include <memory>
#include <optional>

class LogSource;
class QIODevice;

// Reads files, folders and archives into batches, synchronously, on whatever thread calls run().
// LogLoader runs it in the background for the window; the command line runs it directly.
class LoadJob
{
public:
    explicit LoadJob(const QStringList &paths);
    // Reads what LogFileCollector found already (an ingest looks at the files first).
    explicit LoadJob(LogFileCollector::Result collected);

    ~LoadJob();

    // The first block is small so the first rows reach the table at once. Blocks are parsed
    // on all cores, each as soon as it is read.
    void setBlockSizes(qint64 first, qint64 rest);
    // Lines longer than this are reported and skipped unread, so the buffer never grows past
    // about twice this (tests lower it to avoid writing huge files).
    void setMaxLineBytes(qint64 bytes);
    // How many blocks may be read ahead of the one the sink gets next (bounds memory).
    void setMaxBlocksInFlight(int blocks);
    // Parses at a lower thread priority, for loads that run behind a window.
    void setBackground(bool background) { m_background = background; }
    void run(LoadSink &sink);

private:
    void loadFile(int32_t index, const LogSource &source, LoadSink &sink);
    bool readBlocks(QIODevice &device, const std::shared_ptr<ParsePipeline::File> &piped,
                    bool access, LoadSink &sink);
    // Whether a file that starts with `head` is an IIS access log.
    static bool isAccessLog(const QByteArray &head, FileKindDetector::Encoding encoding);
    // What the end of a file tells: it changed while read, or gave no rows.
    static void reportEnd(const ParseCounts &parser, LogProblem problem, qint64 sizeAtStart,
                          qint64 read, LoadSink &sink);
    void problemFound(const LogProblem &problem, LoadSink &sink);
    void advanceTo(qint64 done, LoadSink &sink);

    QStringList m_paths;
    std::optional<LogFileCollector::Result> m_collected;
    qint64 m_firstBlock = 256 * 1024;
    qint64 m_block = 1024 * 1024;
    qint64 m_maxLine = qint64(256) * 1024 * 1024;
    int m_maxInFlight = 0; // 0: one more than the number of cores
    bool m_background = false;
    std::unique_ptr<ParsePipeline> m_pipeline;
    qint64 m_done = 0;
    qint64 m_total = 0;
};
