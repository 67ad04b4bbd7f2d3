#include "filekinddetector.h"

#include "fieldlayout.h"

#include <QCoreApplication>

#include <algorithm>

using namespace std::literals;

namespace {
struct Signature
{
    std::string_view bytes;
    const char *name;
    bool decisive; // false: the bytes could start a text file, so only trust them for binary data
};

// Formats support engineers get sent instead of a log, by their leading bytes.
const Signature signatures[] = {
    {"PK\x03\x04"sv, QT_TRANSLATE_NOOP("FileKindDetector", "ZIP archive"), true},
    {"PK\x05\x06"sv, QT_TRANSLATE_NOOP("FileKindDetector", "ZIP archive"), true},
    {"\x1F\x8B"sv, QT_TRANSLATE_NOOP("FileKindDetector", "gzip archive"), true},
    {"7z\xBC\xAF\x27\x1C"sv, QT_TRANSLATE_NOOP("FileKindDetector", "7-Zip archive"), true},
    {"Rar!\x1A\x07"sv, QT_TRANSLATE_NOOP("FileKindDetector", "RAR archive"), true},
    {"ElfFile\0"sv, QT_TRANSLATE_NOOP("FileKindDetector", "Windows event log (.evtx)"), true},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv,
     QT_TRANSLATE_NOOP("FileKindDetector", "Microsoft Office document"), true},
    {"\x89PNG\r\n\x1A\n"sv, QT_TRANSLATE_NOOP("FileKindDetector", "PNG image"), true},
    {"\xFF\xD8\xFF"sv, QT_TRANSLATE_NOOP("FileKindDetector", "JPEG image"), true},
    {"\xFF\xFE\0\0"sv, QT_TRANSLATE_NOOP("FileKindDetector", "UTF-32 text"), true},
    {"\x7F"
     "ELF"sv,
     QT_TRANSLATE_NOOP("FileKindDetector", "Linux program"), true},
    {"%PDF-"sv, QT_TRANSLATE_NOOP("FileKindDetector", "PDF document"), false},
    {"MZ"sv, QT_TRANSLATE_NOOP("FileKindDetector", "Windows program"), false},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("FileKindDetector", text);
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// Control bytes other than tab and line breaks, NUL included.
size_t countControl(std::string_view text)
{
    return size_t(std::count_if(text.begin(), text.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c < 0x20 && c != '\t' && c != '\r' && c != '\n';
    }));
}

// UTF-16 written without a byte order mark: mostly ASCII, so every other byte is NUL.
FileKindDetector::Encoding unmarkedUtf16(std::string_view head)
{
    const size_t pairs = std::min<size_t>(head.size(), 512) / 2;
    if (pairs < 2)
        return FileKindDetector::Encoding::Binary;
    size_t evenNul = 0;
    size_t oddNul = 0;
    for (size_t i = 0; i < pairs; ++i) {
        evenNul += head[2 * i] == '\0';
        oddNul += head[2 * i + 1] == '\0';
    }
    if (evenNul == 0 && oddNul * 10 >= pairs * 9)
        return FileKindDetector::Encoding::Utf16LE;
    if (oddNul == 0 && evenNul * 10 >= pairs * 9)
        return FileKindDetector::Encoding::Utf16BE;
    return FileKindDetector::Encoding::Binary;
}
} // namespace

FileKindDetector::Sniffed FileKindDetector::sniff(std::string_view head)
{
    head = head.substr(0, std::min(head.size(), SniffBytes));
    for (const Signature &s : signatures) {
        if (s.decisive && startsWith(head, s.bytes))
            return {Encoding::Binary, tr(s.name)};
    }
    if (startsWith(head, "\xFF\xFE"sv))
        return {Encoding::Utf16LE, tr("UTF-16 LE")};
    if (startsWith(head, "\xFE\xFF"sv))
        return {Encoding::Utf16BE, tr("UTF-16 BE")};

    const size_t nul = size_t(std::count(head.begin(), head.end(), '\0'));
    const size_t control = countControl(head);
    if (!head.empty() && nul == head.size())
        return {Encoding::Binary, tr("only NUL bytes")};
    if (nul > 0) {
        const Encoding utf16 = unmarkedUtf16(head);
        if (utf16 == Encoding::Utf16LE)
            return {utf16, tr("UTF-16 LE without byte order mark")};
        if (utf16 == Encoding::Utf16BE)
            return {utf16, tr("UTF-16 BE without byte order mark")};
        // Whole text lines and then NUL bytes: a log cut off by a crash, not binary data.
        const std::string_view before = head.substr(0, head.find('\0'));
        if (before.find_first_of("\r\n") != std::string_view::npos && countControl(before) == 0)
            return {Encoding::Utf8, tr("UTF-8")};
    }
    if (nul > 0 || control * 20 > head.size()) {
        for (const Signature &s : signatures) {
            if (startsWith(head, s.bytes))
                return {Encoding::Binary, tr(s.name)};
        }
        return {Encoding::Binary, {}}; // nothing more to say than "binary"
    }
    return {Encoding::Utf8,
            startsWith(head, "\xEF\xBB\xBF"sv) ? tr("UTF-8 with byte order mark") : tr("UTF-8")};
}

bool FileKindDetector::isForeignSoftware(std::string_view software)
{
    return !software.empty() && software.find("HTTP API") == std::string_view::npos;
}

QString FileKindDetector::w3cKind(std::string_view software, const FieldLayout &layout)
{
    if (software.find("Internet Information Services") != std::string_view::npos)
        return tr("IIS access log");
    if (!layout.isValid())
        return {};
    if (layout.looksLikeAccessLog())
        return tr("IIS access log");
    bool reason = false;
    for (size_t i = 0; i < layout.size(); ++i)
        reason |= layout.slot(i).field == LogField::Reason;
    if (!reason && isForeignSoftware(software)) {
        constexpr size_t MaxName = 80;
        const std::string_view name = software.substr(0, MaxName);
        return tr("W3C log written by %1")
            .arg(QString::fromUtf8(name.data(), qsizetype(name.size())));
    }
    return {};
}

bool FileKindDetector::startsAccessLog(std::string_view head)
{
    if (startsWith(head, "\xEF\xBB\xBF"sv))
        head.remove_prefix(3);
    while (!head.empty()) {
        const size_t nl = head.find('\n');
        std::string_view line = head.substr(0, nl);
        head = nl == std::string_view::npos ? std::string_view() : head.substr(nl + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.remove_suffix(1);
        if (line.empty())
            continue;
        if (line.front() != '#')
            return false;
        if (startsWith(line, "#Software:"sv)
            && line.find("Internet Information Services") != std::string_view::npos)
            return true;
        if (startsWith(line, "#Fields:"sv))
            return FieldLayout::fromHeader(line.substr(8)).looksLikeAccessLog();
    }
    return false;
}
