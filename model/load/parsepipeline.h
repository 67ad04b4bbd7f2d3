#pragma once

#include "accesslogparser.h"
#include "batchremapper.h"
#include "httperrparser.h"
#include "loadsink.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

class QThreadPool;

// Parses pieces of files on all cores and hands the results to a LoadSink strictly in the
// order they were added, as one parser reading file after file would. Each piece starts at a
// line break with the parser context (the #Fields in force) its reader found by following the
// directives; a piece whose context turns out wrong is parsed again in order, so the result
// never depends on that guess. Pieces in flight are bounded, which bounds memory.
// Used from one thread (the loading thread); the pool threads only parse.
class ParsePipeline
{
public:
    struct File;
    using FilePtr = std::shared_ptr<File>;

    // With `background`, the parsing threads run at a lower priority, so a window that shows
    // the results always gets the CPU first, and batches come with their store ids worked out
    // (BatchRemapper), so the thread that stores them does little more than copy.
    ParsePipeline(LoadSink &sink, int maxInFlight, bool background = false);
    ~ParsePipeline(); // waits for the pieces still being parsed

    // Starts a file; its pieces and events follow in order. An `access` file is an IIS access
    // log: its pieces are parsed by AccessLogParser and go to LoadSink::requestBatchReady().
    FilePtr beginFile(int32_t index, const QString &path, bool access = false);
    // Queues one piece: `data` (which the pipeline takes) from a line start to a line end (or
    // the end of the file), covering `bytes` of the file. With `skippedLineLimit`, `data` is
    // the start of one line longer than that limit, counted and reported but not parsed.
    void addPiece(const FilePtr &file, QByteArray data, const W3cReader::Context &start,
                  bool atFileStart, qint64 bytes, size_t skippedLineLimit = 0);
    // Queues a call made, in order, once everything queued before it was delivered.
    void addEvent(std::function<void()> event);
    // A buffer for the next piece, reused from a delivered one when possible.
    QByteArray takeBuffer();
    // Delivers everything queued and waits for it.
    void finish();

    // The parser that joined the file's pieces so far (rows, lines, rejection).
    static const HttpErrParser &joined(const File &file);
    // The same for an access log.
    static const AccessLogParser &joinedAccess(const File &file);
    // The pool that parses pieces: separate from the global pool, where the loading thread
    // itself may run, so waiting for a piece can never hold up the parsing of that piece.
    static QThreadPool *pool();

private:
    struct Piece;
    struct Item
    {
        std::shared_ptr<Piece> piece;
        std::function<void()> event;
    };

    void deliverReady(bool wait);
    void deliver(Item &item);
    void deliverPiece(Piece &piece);
    void deliverAccessPiece(Piece &piece);
    static void parse(Piece &piece, const W3cReader::Context &start);

    LoadSink &m_sink;
    int m_maxInFlight;
    bool m_background;
    std::unique_ptr<BatchRemapper> m_remapper;
    std::deque<Item> m_queue;
    std::vector<QByteArray> m_spare;
    // Standard primitives rather than QWaitCondition: ThreadSanitizer sees through them (Qt's
    // own are built without it here and would look like races).
    std::mutex m_mutex;
    std::condition_variable m_parsed;
};
