#include "linecontext.h"

#include "filekinddetector.h"
#include "linebreaks.h"
#include "logsource.h"
#include "textdecode.h"
#include "utf16device.h"

#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace {
constexpr qint64 Block = 1024 * 1024;
}

std::vector<LineContext::Line> LineContext::read(const QString &path, quint64 line, int radius,
                                                 QString *error)
{
    std::vector<Line> out;
    // The key may name a plain file, a .gz or an archive member: open it as the loader does.
    LogProblem failure;
    const std::unique_ptr<QIODevice> source = LogSource::fromKey(path).open(failure);
    if (!source) {
        if (error)
            *error = failure.message();
        return out;
    }
    const QByteArray head = source->peek(qint64(FileKindDetector::SniffBytes));
    const auto kind = FileKindDetector::sniff({head.constData(), size_t(head.size())});
    QIODevice *device = source.get();
    std::unique_ptr<Utf16Device> utf8;
    if (kind.encoding == FileKindDetector::Encoding::Utf16LE
        || kind.encoding == FileKindDetector::Encoding::Utf16BE) {
        utf8 = std::make_unique<Utf16Device>(*source,
                                             kind.encoding == FileKindDetector::Encoding::Utf16LE
                                                 ? QStringDecoder::Utf16LE
                                                 : QStringDecoder::Utf16BE);
        utf8->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        device = utf8.get();
    }

    const quint64 first = line > quint64(radius) ? line - quint64(radius) : 1;
    const quint64 last = line + quint64(radius);
    quint64 number = 1;
    QByteArray current; // the part of line `number` read so far, when it is wanted
    QByteArray block(Block, Qt::Uninitialized);
    auto finish = [&] {
        while (current.endsWith('\r'))
            current.chop(1);
        QString text = TextDecode::toDisplayText(current.left(MaxLineChars * 4));
        if (text.size() > MaxLineChars)
            text = text.left(MaxLineChars) + QChar(0x2026);
        out.push_back({number, text});
        current.clear();
    };
    qint64 n = 0;
    bool afterCr = false; // the last block ended with a CR: an LF next ends the same line
    while (number <= last && (n = device->read(block.data(), Block)) > 0) {
        // Line ends counted as the loader counts them: LF, CRLF or CR alone.
        const char *p =
            block.constData() + LineBreaks::skipContinuedLf(afterCr, block.constData(), size_t(n));
        afterCr = LineBreaks::normalize(block.data(), size_t(n));
        const char *end = block.constData() + n;
        while (p < end && number <= last) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *lineEnd = nl ? nl : end;
            if (number >= first && current.size() < MaxLineChars * 4)
                current.append(p, std::min<qsizetype>(lineEnd - p, MaxLineChars * 4));
            if (!nl)
                break;
            if (number >= first)
                finish();
            ++number;
            p = nl + 1;
        }
    }
    if (number >= first && number <= last && !current.isEmpty())
        finish(); // the last line, without a line break
    if (out.empty() && error)
        *error =
            n < 0 ? device->errorString()
                  : QCoreApplication::translate("LineContext", "The file has no line %1").arg(line);
    return out;
}
