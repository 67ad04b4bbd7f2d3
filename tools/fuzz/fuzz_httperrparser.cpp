// libFuzzer target for the httperr parser. Arbitrary bytes go through what LoadJob does with a
// file: the kind sniffing, UTF-16 decoding when the sniffing says so, the parser fed in
// pieces that end at line breaks, and the store the rows land in. Besides the sanitizers'
// checks it asserts the parser's own promises, and that the way a file is cut into pieces
// never changes what is read: neither fed to one parser piece by piece, nor parsed by one
// parser per piece and joined (resume/absorb), as ParsePipeline does on many cores.

#include "filekinddetector.h"
#include "httperrparser.h"
#include "linebreaks.h"
#include "logstore.h"
#include "textdecode.h"
#include "utf16device.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_httperrparser: broken promise: %s\n", what);
        std::abort();
    }
}

struct Outcome
{
    uint64_t rows = 0;
    uint64_t malformed = 0;
    uint64_t lines = 0;
    bool rejected = false;
    size_t foreignBlocks = 0;
};

void checkBatch(const LogBatch &batch, uint64_t linesSoFar)
{
    uint32_t previous = 0;
    for (const uint32_t line : batch.lines) {
        check(line > previous && line <= linesSoFar, "row line numbers rise within the file");
        previous = line;
    }
    for (const LogBatch::Column &c : batch.columns) {
        check(c.ids.size() <= batch.rowCount(), "a column is never longer than the batch");
        for (const uint32_t id : c.ids) {
            check(id < c.pool.size(), "every id is in its pool");
            check(c.pool.view(id).size() <= HttpErrParser::MaxFieldBytes, "fields are capped");
        }
    }
    for (const LogProblem &p : batch.problems) {
        check(p.raw.size() <= 243, "raw text is shortened");
        check(p.line <= linesSoFar, "problems point at lines that were read");
        (void)p.message();
    }
}

// Where the piece of about `piece` bytes from `pos` ends: after a line break, or at the end.
size_t pieceEnd(std::string_view text, size_t pos, size_t piece)
{
    const size_t end = std::min(text.size(), pos + piece);
    const size_t nl = text.rfind('\n', end - 1);
    if (nl != std::string_view::npos && nl >= pos)
        return nl + 1;
    const size_t next = text.find('\n', end);
    return next == std::string_view::npos ? text.size() : next + 1;
}

// Parses `text` in pieces of about `piece` bytes, each ending at a line break, as LoadJob's
// blocks do, and puts the rows in a store. With `joined`, each piece gets a parser of its own
// that resumes from the context of the pieces before and is absorbed into the file's parser.
Outcome parse(std::string_view text, size_t piece, bool useStore, bool joined = false)
{
    HttpErrParser parser(0, QStringLiteral("fuzz.log"));
    LogStore store;
    store.setFiles({QStringLiteral("fuzz.log")});
    size_t pos = 0;
    uint64_t malformed = 0;
    while (pos < text.size()) {
        const size_t end = pieceEnd(text, pos, piece);
        LogBatch batch;
        if (joined) {
            HttpErrParser own(0, QStringLiteral("fuzz.log"));
            own.resume(parser.context(), pos == 0);
            own.parse(text.data() + pos, end - pos, batch);
            parser.absorb(own, batch);
        } else {
            parser.parse(text.data() + pos, end - pos, batch);
        }
        checkBatch(batch, parser.lineCount());
        malformed += batch.malformed;
        if (useStore)
            store.append(batch);
        pos = end;
    }
    if (useStore) {
        check(store.rowCount() == parser.rowCount(), "every row reaches the store");
        for (size_t c = 0; c < store.columnCount(); ++c) {
            for (size_t r = 0; r < store.rowCount(); ++r)
                (void)TextDecode::toQString(store.text(c, r));
        }
        store.sortByTime();
    }
    if (parser.isRejected())
        check(parser.rejection().code == LogProblem::Code::NotHttpErr, "rejections say why");
    return {parser.rowCount(), malformed, parser.lineCount(), parser.isRejected(),
            parser.foreignBlocks().size()};
}

QByteArray decodeUtf16(const QByteArray &bytes, FileKindDetector::Encoding encoding)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Utf16Device device(buffer, encoding == FileKindDetector::Encoding::Utf16LE
                                   ? QStringDecoder::Utf16LE
                                   : QStringDecoder::Utf16BE);
    device.open(QIODevice::ReadOnly);
    QByteArray out;
    char chunk[777]; // an odd size, so reads split characters
    qint64 n;
    while ((n = device.read(chunk, sizeof chunk)) > 0)
        out.append(chunk, n);
    check(n == 0, "decoding a buffer never fails");
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const FileKindDetector::Sniffed kind = FileKindDetector::sniff(input);
    QByteArray decoded;
    std::string_view text = input;
    if (kind.encoding == FileKindDetector::Encoding::Utf16LE
        || kind.encoding == FileKindDetector::Encoding::Utf16BE) {
        decoded = decodeUtf16(QByteArray(input.data(), qsizetype(input.size())), kind.encoding);
        text = std::string_view(decoded.constData(), size_t(decoded.size()));
    }
    // Lone CRs end lines, as the loader reads them.
    QByteArray lines(text.data(), qsizetype(text.size()));
    LineBreaks::normalize(lines.data(), size_t(lines.size()));
    text = std::string_view(lines.constData(), size_t(lines.size()));
    // The piece size comes from the input so the fuzzer explores it too.
    const size_t piece = 1 + (size > 0 ? data[size - 1] % 97 : 0);
    const Outcome whole = parse(text, text.size() + 1, false);
    for (const bool joined : {false, true}) {
        const Outcome pieces = parse(text, piece, true, joined);
        check(whole.rows == pieces.rows, "cutting into pieces keeps every row");
        check(whole.malformed == pieces.malformed,
              "cutting into pieces keeps every malformed line");
        check(whole.lines == pieces.lines, "cutting into pieces keeps line numbers");
        check(whole.rejected == pieces.rejected, "cutting into pieces keeps the verdict");
        check(whole.foreignBlocks == pieces.foreignBlocks,
              "cutting into pieces keeps the foreign header blocks");
    }
    return 0;
}
