#include "loadjob.h"

#include "httperrparser.h"
#include "logfilecollector.h"
#include "logsource.h"
#include "parsepipeline.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QThread>

#include <QCoreApplication>
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

// Hands the # directive lines of [begin, end) (whole lines) to `scanner`, so it knows the
// #Fields in force after them without parsing the data lines in between.
void followDirectives(const char *begin, const char *end, bool atFileStart, HttpErrParser &scanner)
{
    LogBatch ignored;
    const char *p = begin;
    if (atFileStart && end - begin >= 4 && std::memcmp(begin, "\xEF\xBB\xBF#", 4) == 0)
        p = begin + 3; // the first line starts after a byte order mark
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, '#', size_t(end - p)));
        if (!p)
            return;
        const bool lineStart = p == begin || p[-1] == '\n' || (p == begin + 3 && atFileStart);
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        if (lineStart) {
            const char *from = p == begin + 3 && atFileStart ? begin : p;
            scanner.parse(from, size_t(lineEnd - from), ignored);
        }
        p = lineEnd;
    }
}
} // namespace

LoadJob::LoadJob(const QStringList &paths)
    : m_paths(paths)
{}

LoadJob::~LoadJob() = default;

void LoadJob::setBlockSizes(qint64 first, qint64 rest)
{
    m_firstBlock = std::max<qint64>(first, 1);
    m_block = std::max<qint64>(rest, 1);
}

void LoadJob::setMaxBlocksInFlight(int blocks)
{
    m_maxInFlight = blocks;
}

void LoadJob::run(LoadSink &sink)
{
    const LogFileCollector::Result collected = LogFileCollector::collect(m_paths);
    sink.filesResolved(collected.files);
    for (const LogProblem &p : collected.problems)
        sink.problemFound(p);
    m_total = 0;
    for (const LogSource &source : collected.sources)
        m_total += source.size();
    m_done = 0;
    sink.progressChanged(0, m_total);
    const int inFlight =
        m_maxInFlight > 0 ? m_maxInFlight : std::max(1, QThread::idealThreadCount()) + 1;
    m_pipeline = std::make_unique<ParsePipeline>(sink, inFlight, m_background);
    qint64 planned = 0;
    for (size_t i = 0; i < collected.sources.size() && !sink.isCancelled(); ++i) {
        planned += collected.sources[i].size();
        loadFile(int32_t(i), collected.sources[i], sink);
        // However much was read, the file counts as done.
        m_pipeline->addEvent([this, &sink, planned] { advanceTo(planned, sink); });
    }
    m_pipeline->finish();
    m_pipeline.reset();
}

void LoadJob::loadFile(int32_t index, const LogSource &source, LoadSink &sink)
{
    const QString path = source.key();
    LogProblem problem;
    problem.fileIndex = index;
    problem.path = path;

    if (source.kind() == LogSource::Kind::File && QFileInfo(source.path()).isDir()) {
        problem.code = LogProblem::Code::Unreadable;
        problem.detail = QCoreApplication::translate("LoadJob", "is a folder");
        problemFound(problem, sink);
        return;
    }
    // A plain file opens as a QFile; an archive member or a .gz as a decompressing stream.
    const std::unique_ptr<QIODevice> device = source.open(problem);
    if (!device) {
        problemFound(problem, sink);
        return;
    }
    QIODevice &file = *device;

    const QByteArray head = file.peek(4096);
    const Encoding encoding = sniff(head);
    bool ok = true;
    const ParsePipeline::FilePtr piped = m_pipeline->beginFile(index, path);
    if (encoding == Encoding::Binary) {
        problem.code = LogProblem::Code::Binary;
        if (head.startsWith("PK\x03\x04"))
            problem.detail = QCoreApplication::translate("LoadJob", "ZIP archive");
        problemFound(problem, sink);
    } else if (encoding == Encoding::Utf8) {
        ok = readBlocks(file, piped, sink);
    } else {
        // UTF-16 logs come from editors, not from HTTP.sys, and are small: convert whole.
        const QByteArray raw = file.readAll();
        QStringDecoder decoder(encoding == Encoding::Utf16LE ? QStringDecoder::Utf16LE
                                                             : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::ConvertInitialBom);
        const QString text = decoder.decode(raw);
        QByteArray utf8 = text.toUtf8();
        const qint64 bytes = utf8.size();
        m_pipeline->addPiece(piped, std::move(utf8), {}, true, bytes);
    }
    const auto *onDisk = qobject_cast<const QFileDevice *>(&file);
    if (!ok || (onDisk && onDisk->error() != QFileDevice::NoError)) {
        // Damaged or bomb-like compressed data: the rows read up to there stay.
        LogSource::describeFailure(file, problem);
        problemFound(problem, sink);
    }
    const bool binary = encoding == Encoding::Binary;
    // Rows and rejection are known once every piece was parsed: decide then, in order.
    m_pipeline->addEvent([piped, problem, ok, binary, &sink]() mutable {
        const HttpErrParser &parser = ParsePipeline::joined(*piped);
        if (parser.isRejected()) {
            sink.problemFound(parser.rejection());
        } else if (ok && !binary && parser.rowCount() == 0 && !sink.isCancelled()) {
            problem.code = LogProblem::Code::Empty;
            sink.problemFound(problem);
        }
    });
}

bool LoadJob::readBlocks(QIODevice &device, const ParsePipeline::FilePtr &piped, LoadSink &sink)
{
    // Follows the directives ahead of the parsers, to tell each block the #Fields in force.
    HttpErrParser scanner(0, {});
    QByteArray carry; // an unfinished line, continued in the next block
    qint64 block = m_firstBlock;
    bool atFileStart = true;
    while (!sink.isCancelled() && !scanner.isRejected()) {
        QByteArray buffer = m_pipeline->takeBuffer();
        buffer.reserve(carry.size() + block);
        buffer.resize(carry.size() + block);
        std::memcpy(buffer.data(), carry.constData(), size_t(carry.size()));
        const qint64 n = device.read(buffer.data() + carry.size(), block);
        if (n < 0)
            return false;
        const qint64 available = carry.size() + n;
        const bool atEnd = n == 0;
        qint64 consumed = available;
        if (!atEnd) {
            // Only the new bytes can hold the last line break: the carried part has none.
            const void *nl = memrchr(buffer.constData() + carry.size(), '\n', size_t(n));
            consumed = nl ? static_cast<const char *>(nl) - buffer.constData() + 1 : 0;
        }
        carry = buffer.mid(consumed, available - consumed);
        if (consumed > 0) {
            // A line longer than the block stays in `carry` and is read on until it ends.
            buffer.resize(consumed);
            const HttpErrParser::Context start = scanner.context();
            followDirectives(buffer.constData(), buffer.constData() + consumed, atFileStart,
                             scanner);
            m_pipeline->addPiece(piped, std::move(buffer), start, atFileStart, consumed);
            m_pipeline->addEvent([this, &sink, consumed] { advanceTo(m_done + consumed, sink); });
            atFileStart = false;
        }
        if (atEnd)
            return true;
        block = m_block;
    }
    return true;
}

void LoadJob::problemFound(const LogProblem &problem, LoadSink &sink)
{
    m_pipeline->addEvent([problem, &sink] { sink.problemFound(problem); });
}

void LoadJob::advanceTo(qint64 done, LoadSink &sink)
{
    if (done <= m_done)
        return;
    m_done = done;
    sink.progressChanged(m_done, m_total);
}
