#include "loadjob.h"

#include "httperrparser.h"
#include "logfilecollector.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cstring>

namespace {
enum class Encoding { Utf8, Utf16LE, Utf16BE, Binary };

// Looks at the first bytes: a UTF-16 byte order mark, or enough NUL and control bytes to
// say this is no text log at all (a zip renamed to .log, an executable).
Encoding sniff(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE"))
        return Encoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return Encoding::Utf16BE;
    int control = 0;
    const int n = int(std::min<qsizetype>(head.size(), 1024));
    for (int i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(head[i]);
        if (c == 0)
            return Encoding::Binary;
        if (c < 0x20 && c != '\t' && c != '\r' && c != '\n')
            ++control;
    }
    return n > 0 && control * 20 > n ? Encoding::Binary : Encoding::Utf8;
}
} // namespace

LoadJob::LoadJob(const QStringList &paths)
    : m_paths(paths)
{}

void LoadJob::setBlockSizes(qint64 first, qint64 rest)
{
    m_firstBlock = std::max<qint64>(first, 1);
    m_block = std::max<qint64>(rest, 1);
}

void LoadJob::run(LoadSink &sink)
{
    const LogFileCollector::Result collected = LogFileCollector::collect(m_paths);
    sink.filesResolved(collected.files);
    for (const LogProblem &p : collected.problems)
        sink.problemFound(p);
    m_total = 0;
    for (const QString &file : collected.files)
        m_total += std::max<qint64>(QFileInfo(file).size(), 0);
    m_done = 0;
    sink.progressChanged(0, m_total);
    for (int i = 0; i < collected.files.size() && !sink.isCancelled(); ++i)
        loadFile(int32_t(i), collected.files.at(i), sink);
}

void LoadJob::loadFile(int32_t index, const QString &path, LoadSink &sink)
{
    const qint64 size = std::max<qint64>(QFileInfo(path).size(), 0);
    const qint64 doneAtEnd = m_done + size;
    LogProblem problem;
    problem.fileIndex = index;
    problem.path = path;

    QFile file(path);
    if (QFileInfo(path).isDir()) {
        problem.code = LogProblem::Code::Unreadable;
        problem.detail = QStringLiteral("is a folder");
        sink.problemFound(problem);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        problem.code = LogProblem::Code::Unreadable;
        problem.detail = file.errorString();
        sink.problemFound(problem);
        advance(doneAtEnd - m_done, sink);
        return;
    }

    HttpErrParser parser(index, path);
    const QByteArray head = file.peek(4096);
    const Encoding encoding = sniff(head);
    bool ok = true;
    if (encoding == Encoding::Binary) {
        problem.code = LogProblem::Code::Binary;
        if (head.startsWith("PK\x03\x04"))
            problem.detail = QStringLiteral("ZIP archive");
        sink.problemFound(problem);
    } else if (encoding == Encoding::Utf8) {
        ok = readBlocks(file, parser, index, sink);
    } else {
        // UTF-16 logs come from editors, not from HTTP.sys, and are small: convert whole.
        const QByteArray raw = file.readAll();
        QStringDecoder decoder(encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                             : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::ConvertInitialBom);
        const QString text = decoder.decode(raw);
        ok = parseBuffer(text.toUtf8(), parser, index, sink);
    }
    if (file.error() != QFileDevice::NoError && ok) {
        problem.code = LogProblem::Code::Unreadable;
        problem.detail = file.errorString();
        sink.problemFound(problem);
    }
    if (parser.isRejected()) {
        sink.problemFound(parser.rejection());
    } else if (ok && encoding != Encoding::Binary && parser.rowCount() == 0
               && !sink.isCancelled()) {
        problem.code = LogProblem::Code::Empty;
        sink.problemFound(problem);
    }
    if (m_done < doneAtEnd)
        advance(doneAtEnd - m_done, sink);
}

bool LoadJob::readBlocks(QIODevice &device, HttpErrParser &parser, int32_t index, LoadSink &sink)
{
    QByteArray buffer;
    qint64 carry = 0;
    qint64 block = m_firstBlock;
    while (!sink.isCancelled() && !parser.isRejected()) {
        buffer.resize(carry + block);
        const qint64 n = device.read(buffer.data() + carry, block);
        if (n < 0)
            return false;
        const qint64 available = carry + n;
        const bool atEnd = n == 0;
        qint64 consumed = available;
        if (!atEnd) {
            const void *nl = memrchr(buffer.constData(), '\n', size_t(available));
            // A line longer than the buffer: read on until it ends.
            consumed = nl ? static_cast<const char *>(nl) - buffer.constData() + 1 : 0;
        }
        if (consumed > 0) {
            auto batch = std::make_shared<LogBatch>();
            batch->fileIndex = index;
            parser.parse(buffer.constData(), size_t(consumed), *batch);
            batch->bytes = uint64_t(consumed);
            emitBatch(batch, sink);
        }
        advance(n, sink);
        if (atEnd)
            return true;
        carry = available - consumed;
        if (carry > 0)
            std::memmove(buffer.data(), buffer.constData() + consumed, size_t(carry));
        block = m_block;
    }
    return true;
}

bool LoadJob::parseBuffer(const QByteArray &data, HttpErrParser &parser, int32_t index,
                          LoadSink &sink)
{
    auto batch = std::make_shared<LogBatch>();
    batch->fileIndex = index;
    parser.parse(data.constData(), size_t(data.size()), *batch);
    batch->bytes = uint64_t(data.size());
    emitBatch(batch, sink);
    return true;
}

void LoadJob::emitBatch(LogBatchPtr &batch, LoadSink &sink)
{
    if (batch->rowCount() == 0 && batch->problems.empty() && batch->malformed == 0)
        return;
    sink.batchReady(std::move(batch));
}

void LoadJob::advance(qint64 bytes, LoadSink &sink)
{
    m_done += bytes;
    sink.progressChanged(m_done, m_total);
}
