#include "parsepipeline.h"

#include "threadhandoff.h"

#include <QThreadPool>

#include <atomic>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

struct ParsePipeline::File
{
    File(int32_t fileIndex, const QString &filePath, bool accessLog)
        : index(fileIndex)
        , path(filePath)
        , access(accessLog)
        , joined(fileIndex, filePath)
        , joinedAccess(fileIndex, filePath)
    {}
    const int32_t index;
    const QString path;
    const bool access;
    // Touched by the loading thread only; the one of the file's kind is used.
    HttpErrParser joined;
    AccessLogParser joinedAccess;
};

struct ParsePipeline::Piece
{
    FilePtr file;
    QByteArray data;
    W3cReader::Context start;
    bool atFileStart = false;
    qint64 bytes = 0;
    size_t skippedLineLimit = 0; // set: `data` starts a line too long to read
    // Results, written by the pool thread before `done` is set.
    std::unique_ptr<HttpErrParser> parser;
    LogBatchPtr batch;
    std::unique_ptr<AccessLogParser> accessParser; // instead, for an access log
    RequestBatchPtr requests;
    std::atomic<bool> done{false};
};

ParsePipeline::ParsePipeline(LoadSink &sink, int maxInFlight, bool background)
    : m_sink(sink)
    , m_maxInFlight(std::max(1, maxInFlight))
    , m_background(background)
    , m_remapper(background ? std::make_unique<BatchRemapper>() : nullptr)
{}

ParsePipeline::~ParsePipeline()
{
    // Pool threads hold pointers into queued pieces: let them finish before those go away.
    std::unique_lock lock(m_mutex);
    for (const Item &item : m_queue) {
        if (item.piece)
            m_parsed.wait(lock, [&item] { return item.piece->done.load(); });
    }
}

namespace {
Q_GLOBAL_STATIC(QThreadPool, parsePool)

// Linux gives each thread its own nice value; elsewhere this does nothing (the pool threads
// then compete with the GUI thread as equals).
void setNice(bool background)
{
#ifdef Q_OS_LINUX
    thread_local int current = 0;
    const int wanted = background ? 10 : 0;
    if (current != wanted && setpriority(PRIO_PROCESS, id_t(gettid()), wanted) == 0)
        current = wanted;
#else
    Q_UNUSED(background);
#endif
}
} // namespace

QThreadPool *ParsePipeline::pool()
{
    return parsePool();
}

const HttpErrParser &ParsePipeline::joined(const File &file)
{
    return file.joined;
}

const AccessLogParser &ParsePipeline::joinedAccess(const File &file)
{
    return file.joinedAccess;
}

ParsePipeline::FilePtr ParsePipeline::beginFile(int32_t index, const QString &path, bool access)
{
    return std::make_shared<File>(index, path, access);
}

QByteArray ParsePipeline::takeBuffer()
{
    if (m_spare.empty())
        return {};
    QByteArray buffer = std::move(m_spare.back());
    m_spare.pop_back();
    buffer.resize(0);
    return buffer;
}

void ParsePipeline::addPiece(const FilePtr &file, QByteArray data, const W3cReader::Context &start,
                             bool atFileStart, qint64 bytes, size_t skippedLineLimit)
{
    auto piece = std::make_shared<Piece>();
    piece->file = file;
    piece->data = std::move(data);
    piece->start = start;
    piece->atFileStart = atFileStart;
    piece->bytes = bytes;
    piece->skippedLineLimit = skippedLineLimit;
    m_queue.push_back({piece, {}});
    Piece *raw = piece.get();
    const bool background = m_background;
    ThreadHandoff::run(pool(), [this, raw, background] {
        setNice(background);
        parse(*raw, raw->start);
        const std::lock_guard lock(m_mutex);
        raw->done.store(true);
        m_parsed.notify_all();
    });
    deliverReady(false);
    while (int(m_queue.size()) > m_maxInFlight)
        deliverReady(true);
}

void ParsePipeline::addEvent(std::function<void()> event)
{
    m_queue.push_back({nullptr, std::move(event)});
    deliverReady(false);
}

void ParsePipeline::finish()
{
    while (!m_queue.empty())
        deliverReady(true);
}

void ParsePipeline::deliverReady(bool wait)
{
    // With `wait`, block until at least the front item can go.
    if (wait && !m_queue.empty() && m_queue.front().piece) {
        std::unique_lock lock(m_mutex);
        const Piece &front = *m_queue.front().piece;
        m_parsed.wait(lock, [&front] { return front.done.load(); });
    }
    while (!m_queue.empty()) {
        Item &front = m_queue.front();
        if (front.piece && !front.piece->done.load())
            return;
        Item item = std::move(front);
        m_queue.pop_front();
        deliver(item);
    }
}

void ParsePipeline::deliver(Item &item)
{
    if (item.event) {
        item.event();
        return;
    }
    deliverPiece(*item.piece);
    if (m_spare.size() < size_t(m_maxInFlight))
        m_spare.push_back(std::move(item.piece->data));
}

void ParsePipeline::deliverPiece(Piece &piece)
{
    if (piece.file->access) {
        deliverAccessPiece(piece);
        return;
    }
    HttpErrParser &joined = piece.file->joined;
    if (m_sink.isCancelled())
        return;
    if (piece.start != joined.context()) {
        // The reader's guess of the layout in force was wrong: parse again, now in order.
        parse(piece, joined.context());
    }
    joined.absorb(*piece.parser, *piece.batch);
    LogBatchPtr batch = std::move(piece.batch);
    batch->bytes = uint64_t(piece.bytes);
    if (batch->rowCount() == 0 && batch->problems.empty() && batch->malformed == 0)
        return;
    if (m_remapper)
        m_remapper->annotate(*batch);
    m_sink.batchReady(std::move(batch));
}

void ParsePipeline::deliverAccessPiece(Piece &piece)
{
    AccessLogParser &joined = piece.file->joinedAccess;
    if (m_sink.isCancelled())
        return;
    if (piece.start != joined.context())
        parse(piece, joined.context());
    joined.absorb(*piece.accessParser, *piece.requests);
    RequestBatchPtr batch = std::move(piece.requests);
    batch->bytes = uint64_t(piece.bytes);
    if (batch->rowCount() == 0 && batch->problems.empty() && batch->malformed == 0)
        return;
    m_sink.requestBatchReady(std::move(batch));
}

void ParsePipeline::parse(Piece &piece, const W3cReader::Context &start)
{
    if (piece.file->access) {
        piece.accessParser = std::make_unique<AccessLogParser>(piece.file->index, piece.file->path);
        piece.accessParser->resume(start, piece.atFileStart);
        piece.requests = std::make_shared<RequestBatch>();
        piece.requests->fileIndex = piece.file->index;
        const std::string_view data(piece.data.constData(), size_t(piece.data.size()));
        if (piece.skippedLineLimit > 0)
            piece.accessParser->skipLongLine(data, piece.skippedLineLimit, *piece.requests);
        else
            piece.accessParser->parse(data.data(), data.size(), *piece.requests);
        return;
    }
    piece.parser = std::make_unique<HttpErrParser>(piece.file->index, piece.file->path);
    piece.parser->resume(start, piece.atFileStart);
    piece.batch = std::make_shared<LogBatch>();
    piece.batch->fileIndex = piece.file->index;
    if (piece.skippedLineLimit > 0)
        piece.parser->skipLongLine({piece.data.constData(), size_t(piece.data.size())},
                                   piece.skippedLineLimit, *piece.batch);
    else
        piece.parser->parse(piece.data.constData(), size_t(piece.data.size()), *piece.batch);
}
