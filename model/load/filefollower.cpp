#include "filefollower.h"

#include "linebreaks.h"
#include "nativepath.h"

#include <QFile>

#include <cstring>

namespace {
constexpr qint64 HeadBytes = 256;
}

FileFollower::FileFollower(int32_t fileIndex, const QString &path, uint64_t loadedLines,
                           bool upToDate)
    : m_index(fileIndex)
    , m_path(path)
    , m_parser(std::make_unique<HttpErrParser>(fileIndex, path))
    , m_skipLines(loadedLines)
{
    if (upToDate) {
        const NativePath::Info info = NativePath::info(path);
        m_seenSize = info.size;
        m_seenModified = info.modified;
    }
    // What the file starts with now, so that a replacement before the first read shows.
    QFile file;
    if (NativePath::open(file, path, QIODevice::ReadOnly))
        m_head = file.read(HeadBytes);
}

bool FileFollower::hasChanged() const
{
    const NativePath::Info info = NativePath::info(m_path);
    return info.size != m_seenSize || info.modified != m_seenModified;
}

void FileFollower::restart()
{
    m_parser = std::make_unique<HttpErrParser>(m_index, m_path);
    m_skipLines = 0;
    m_offset = 0;
    m_head.clear();
    m_reportedForeign = 0;
    m_afterCr = false;
}

bool FileFollower::wasReplaced(QIODevice &file, qint64 size) const
{
    if (size < m_offset)
        return true; // truncated
    if (m_head.isEmpty() || !file.seek(0))
        return false;
    return file.read(m_head.size()) != m_head;
}

// True when the file ends more than a line before the lines the loader took: it was cut
// short or replaced (one line of slack: the loader may have taken an unfinished last line).
bool FileFollower::holdsFewerLinesThanLoaded(QIODevice &file, qint64 size) const
{
    if (m_skipLines <= 1 || m_offset != 0 || !file.seek(0))
        return false;
    uint64_t count = 0;
    QByteArray chunk;
    for (qint64 done = 0; done < size && count < m_skipLines; done += chunk.size()) {
        chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        count += LineBreaks::count(chunk.constData(), size_t(chunk.size()));
    }
    return count + 1 < m_skipLines;
}

// Parses the lines the loader already took (to learn the #Fields in force) without keeping
// their rows, and returns how many bytes of `data` they cover.
qint64 FileFollower::skipLoadedLines(const QByteArray &data)
{
    const char *begin = data.constData();
    const char *p = begin;
    const char *end = begin + data.size();
    while (m_skipLines > 0 && p < end) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        p = static_cast<const char *>(nl) + 1;
        --m_skipLines;
    }
    LogBatch ignored;
    m_parser->parse(begin, size_t(p - begin), ignored);
    // The loader reported the foreign blocks of these lines.
    m_reportedForeign = m_parser->foreignBlocks().size();
    return p - begin;
}

FileFollower::Update FileFollower::read(qint64 maxBytes)
{
    Update update;
    QFile file;
    const NativePath::Info info = NativePath::info(m_path);
    m_seenSize = info.size;
    m_seenModified = info.modified;
    if (!NativePath::open(file, m_path, QIODevice::ReadOnly))
        return update; // gone for now (being replaced?): try again on the next change
    const qint64 size = file.size();
    if (wasReplaced(file, size) || holdsFewerLinesThanLoaded(file, size)) {
        restart();
        update.restarted = true;
    }
    if (m_head.size() < HeadBytes && file.seek(0))
        m_head = file.read(std::min(HeadBytes, size));
    if (size <= m_offset || !file.seek(m_offset))
        return update;
    QByteArray data = file.read(std::min(size - m_offset, maxBytes));
    // The LF of a CRLF whose CR ended the last read: that line end was counted already.
    if (LineBreaks::skipContinuedLf(m_afterCr, data.constData(), size_t(data.size())) > 0) {
        data.remove(0, 1);
        ++m_offset;
    }
    m_afterCr = false;
    // Only whole lines: an unfinished last line waits in the file for its line break. A line
    // longer than maxBytes is read on until it ends. A CR alone ends a line too.
    bool endsWithCr = LineBreaks::normalize(data.data(), size_t(data.size()));
    qsizetype lastBreak = data.lastIndexOf('\n');
    while (lastBreak < 0 && !file.atEnd()) {
        const qsizetype before = data.size();
        data += file.read(maxBytes);
        if (data.size() == before)
            break;
        endsWithCr = LineBreaks::normalize(data.data() + before, size_t(data.size() - before));
        lastBreak = data.indexOf('\n', before);
    }
    if (lastBreak < 0)
        return update;
    m_afterCr = endsWithCr && lastBreak == data.size() - 1;
    data.truncate(lastBreak + 1);
    update.more = m_offset + data.size() < file.size();
    qint64 used = 0;
    if (m_skipLines > 0)
        used = skipLoadedLines(data);
    if (used < data.size()) {
        auto batch = std::make_shared<LogBatch>();
        batch->fileIndex = m_index;
        m_parser->parse(data.constData() + used, size_t(data.size() - used), *batch);
        batch->bytes = uint64_t(data.size() - used);
        if (batch->rowCount() > 0 || !batch->problems.empty() || batch->malformed > 0)
            update.batch = std::move(batch);
    }
    m_offset += data.size();
    const std::vector<LogProblem> &foreign = m_parser->foreignBlocks();
    for (; m_reportedForeign < foreign.size(); ++m_reportedForeign) {
        LogProblem problem = foreign[m_reportedForeign];
        if (!m_parser->isRejected())
            problem.code = LogProblem::Code::ForeignBlock;
        update.foreignBlocks.push_back(std::move(problem));
    }
    if (update.more) {
        // Not everything was read: make sure the next check sees a change.
        m_seenSize = -1;
    }
    return update;
}
