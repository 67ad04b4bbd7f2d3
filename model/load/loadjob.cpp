#include "loadjob.h"

#include "accesslogparser.h"
#include "filekinddetector.h"
#include "httperrparser.h"
#include "linebreaks.h"
#include "logfilecollector.h"
#include "logsource.h"
#include "nativepath.h"
#include "parsepipeline.h"
#include "utf16device.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>
#include <QThread>

#include <cstring>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LoadJob", text);
}

// Hands the # directive lines of [begin, end) (whole lines) to `scanner` (either kind of
// parser), so it knows the #Fields in force after them without parsing the data lines between.
template <typename Batch, typename Parser>
void followDirectives(const char *begin, const char *end, bool atFileStart, Parser &scanner)
{
    Batch ignored;
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

LoadJob::LoadJob(LogFileCollector::Result collected)
    : m_collected(std::move(collected))
{}

LoadJob::~LoadJob() = default;

void LoadJob::setBlockSizes(qint64 first, qint64 rest)
{
    m_firstBlock = std::max<qint64>(first, 1);
    m_block = std::max<qint64>(rest, 1);
}

void LoadJob::setMaxLineBytes(qint64 bytes)
{
    m_maxLine = std::max<qint64>(bytes, 1);
}

void LoadJob::setMaxBlocksInFlight(int blocks)
{
    m_maxInFlight = blocks;
}

void LoadJob::run(LoadSink &sink)
{
    const LogFileCollector::Result collected =
        m_collected ? *m_collected : LogFileCollector::collect(m_paths);
    sink.filesResolved(collected.fileSet);
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
        if (sink.wantsFile(int32_t(i))) {
            m_pipeline->addEvent([&sink, i] { sink.fileStarted(int32_t(i)); });
            loadFile(int32_t(i), collected.sources[i], sink);
        }
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

    if (source.kind() == LogSource::Kind::File) {
        const NativePath::Info info = NativePath::info(source.path());
        if (info.isDir || !info.isFile) {
            // A pipe would block the open and a device may never end: read regular files only.
            problem.code = LogProblem::Code::Unreadable;
            problem.detail = info.isDir ? tr("it is a folder") : tr("not a regular file");
            problemFound(problem, sink);
            return;
        }
    }
    // A plain file opens as a QFile; an archive member or a .gz as a decompressing stream.
    const std::unique_ptr<QIODevice> device = source.open(problem);
    if (!device) {
        problemFound(problem, sink);
        return;
    }
    QIODevice &file = *device;
    const auto *onDisk = qobject_cast<const QFileDevice *>(&file);
    // Only a plain file can be seen to change while it is read.
    const qint64 sizeAtStart = source.isPlainFile() ? source.size() : -1;

    const QByteArray head = file.peek(qint64(FileKindDetector::SniffBytes));
    const FileKindDetector::Sniffed sniffed =
        FileKindDetector::sniff({head.constData(), size_t(head.size())});
    const bool binary = sniffed.encoding == FileKindDetector::Encoding::Binary;
    const bool access = !binary && sink.wantsRequests() && isAccessLog(head, sniffed.encoding);
    bool ok = !onDisk || onDisk->error() == QFileDevice::NoError;
    const ParsePipeline::FilePtr piped = m_pipeline->beginFile(index, path, access);
    if (!ok) {
        // reported below
    } else if (binary) {
        LogProblem found = problem;
        found.code = LogProblem::Code::Binary;
        found.detail = sniffed.description;
        problemFound(found, sink);
    } else if (sniffed.encoding == FileKindDetector::Encoding::Utf8) {
        ok = readBlocks(file, piped, access, sink);
    } else {
        LogProblem note = problem;
        note.code = LogProblem::Code::Reencoded;
        note.detail = sniffed.description;
        problemFound(note, sink);
        Utf16Device utf8(file, sniffed.encoding == FileKindDetector::Encoding::Utf16LE
                                   ? QStringDecoder::Utf16LE
                                   : QStringDecoder::Utf16BE);
        utf8.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        ok = readBlocks(utf8, piped, access, sink);
    }
    if (!ok || (onDisk && onDisk->error() != QFileDevice::NoError)) {
        // Damaged or bomb-like compressed data, or a read error: the rows read up to there stay.
        ok = false;
        LogSource::describeFailure(file, problem);
        problemFound(problem, sink);
    }
    if (binary)
        return;
    const qint64 read = ok && sizeAtStart >= 0 ? file.pos() : -1;
    // Rows and rejection are known once every piece was parsed: decide then, in order.
    if (access) {
        m_pipeline->addEvent([piped, problem, ok, sizeAtStart, read, &sink] {
            const AccessLogParser &parser = ParsePipeline::joinedAccess(*piped);
            for (const LogProblem &skipped : parser.foreignBlocks())
                sink.problemFound(skipped);
            if (ok && !sink.isCancelled())
                reportEnd(parser.counts(), problem, sizeAtStart, read, sink);
        });
        return;
    }
    m_pipeline->addEvent([piped, problem, ok, sizeAtStart, read, &sink] {
        const HttpErrParser &parser = ParsePipeline::joined(*piped);
        if (parser.isRejected()) {
            // Nothing but other kinds of log: one verdict for the file.
            sink.problemFound(parser.rejection());
            return;
        }
        for (LogProblem skipped : parser.foreignBlocks()) {
            skipped.code = LogProblem::Code::ForeignBlock;
            sink.problemFound(skipped);
        }
        if (ok && !sink.isCancelled())
            reportEnd(parser.counts(), problem, sizeAtStart, read, sink);
    });
}

bool LoadJob::isAccessLog(const QByteArray &head, FileKindDetector::Encoding encoding)
{
    if (encoding == FileKindDetector::Encoding::Utf8)
        return FileKindDetector::startsAccessLog({head.constData(), size_t(head.size())});
    QStringDecoder decoder(encoding == FileKindDetector::Encoding::Utf16LE
                               ? QStringDecoder::Utf16LE
                               : QStringDecoder::Utf16BE);
    const QByteArray text = QString(decoder.decode(head)).toUtf8();
    return FileKindDetector::startsAccessLog({text.constData(), size_t(text.size())});
}

void LoadJob::reportEnd(const ParseCounts &parser, LogProblem problem, qint64 sizeAtStart,
                        qint64 read, LoadSink &sink)
{
    if (sizeAtStart >= 0 && read >= 0 && read != sizeAtStart) {
        const QLocale locale;
        problem.code = read < sizeAtStart ? LogProblem::Code::Shrank : LogProblem::Code::Grew;
        problem.detail = QStringLiteral("%1 → %2").arg(locale.formattedDataSize(sizeAtStart),
                                                       locale.formattedDataSize(read));
        sink.problemFound(problem);
    }
    if (parser.rows == 0) {
        // Say why a file gave nothing: empty, headers only, or every line malformed.
        problem.code = parser.dataLines == 0 && parser.directives > 0 ? LogProblem::Code::HeaderOnly
                                                                      : LogProblem::Code::Empty;
        problem.found = int(std::min<uint64_t>(parser.dataLines, INT32_MAX));
        problem.detail.clear();
        sink.problemFound(problem);
    }
}

bool LoadJob::readBlocks(QIODevice &device, const ParsePipeline::FilePtr &piped, bool access,
                         LoadSink &sink)
{
    // Follows the directives ahead of the parsers, to tell each block the #Fields in force.
    HttpErrParser scanner(0, {});
    AccessLogParser accessScanner(0, {});
    const auto context = [&] { return access ? accessScanner.context() : scanner.context(); };
    QByteArray carry; // an unfinished line, continued in the next block
    qint64 block = m_firstBlock;
    bool atFileStart = true;
    bool skipping = false; // inside a line over m_maxLine, dropping bytes up to its end
    bool afterCr = false;  // the bytes read so far end with a CR (an LF next is the same end)
    while (!sink.isCancelled()) {
        QByteArray buffer = m_pipeline->takeBuffer();
        buffer.reserve(carry.size() + block);
        buffer.resize(carry.size() + block);
        std::memcpy(buffer.data(), carry.constData(), size_t(carry.size()));
        const qint64 got = device.read(buffer.data() + carry.size(), block);
        if (got < 0)
            return false;
        qint64 n = got;
        // Lone CRs end lines too: from here on every line ends at an LF.
        char *fresh = buffer.data() + carry.size();
        if (LineBreaks::skipContinuedLf(afterCr, fresh, size_t(n)) > 0)
            std::memmove(fresh, fresh + 1, size_t(--n));
        if (n > 0)
            afterCr = LineBreaks::normalize(fresh, size_t(n));
        const qint64 available = carry.size() + n;
        const bool atEnd = got == 0;
        qint64 start = 0; // bytes before it belong to a skipped line
        if (skipping) {
            const void *nl = std::memchr(buffer.constData(), '\n', size_t(available));
            start = nl ? static_cast<const char *>(nl) - buffer.constData() + 1 : available;
            skipping = nl == nullptr;
        }
        qint64 consumed = available;
        if (!atEnd) {
            // Only the new bytes can hold the last line break: the carried part has none.
            const qint64 from = std::max<qint64>(carry.size(), start);
            const void *nl = memrchr(buffer.constData() + from, '\n', size_t(available - from));
            consumed = nl ? static_cast<const char *>(nl) - buffer.constData() + 1 : start;
        }
        carry = buffer.mid(consumed, available - consumed);
        if (consumed > start) {
            // A line longer than the block stays in `carry` and is read on until it ends.
            buffer.resize(consumed);
            if (start > 0)
                buffer.remove(0, start);
            const W3cReader::Context start = context();
            const char *from = buffer.constData();
            if (access)
                followDirectives<RequestBatch>(from, from + buffer.size(), atFileStart,
                                               accessScanner);
            else
                followDirectives<LogBatch>(from, from + buffer.size(), atFileStart, scanner);
            const qint64 bytes = buffer.size();
            m_pipeline->addPiece(piped, std::move(buffer), start, atFileStart, bytes);
            m_pipeline->addEvent([this, &sink, bytes] { advanceTo(m_done + bytes, sink); });
            atFileStart = false;
        } else if (!atEnd && carry.size() >= m_maxLine) {
            // Report the line and drop it, so the buffer never grows past the limit.
            m_pipeline->addPiece(piped, carry.left(4096), context(), atFileStart, carry.size(),
                                 size_t(m_maxLine));
            atFileStart = false;
            carry.clear();
            skipping = true;
        }
        if (atEnd)
            return true;
        // A long line is read on in growing blocks, so it is copied a few times, not once
        // per block.
        block = consumed > start ? m_block
                                 : std::max(m_block, std::min<qint64>(carry.size(), m_maxLine));
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
    // A file that grows while it is read must not push the bar past its end.
    sink.progressChanged(std::min(m_done, m_total), m_total);
}
