#pragma once

#include <QString>

#include <string_view>

class FieldLayout;

// Tells what a file is before its lines are parsed: text in which encoding, or a known binary
// format (a zip renamed to .log, a file of NUL bytes); and, from its W3C directives, whether a
// text log is an httperr log or another W3C log (an IIS access log). Pure functions, cheap,
// safe on any bytes.
class FileKindDetector
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Binary };

    struct Sniffed
    {
        Encoding encoding = Encoding::Utf8;
        // What was seen, for the user: "UTF-16 LE", "ZIP archive", "only NUL bytes"...;
        // empty for binary data of no known kind.
        QString description;
    };

    // How many leading bytes sniff() looks at.
    static constexpr size_t SniffBytes = 4096;

    // Looks at the first bytes of a file (up to SniffBytes; fewer for a small file).
    static Sniffed sniff(std::string_view head);

    // Names the kind of W3C log that `software` (the #Software value, may be empty) and
    // `layout` (the #Fields in force, may be invalid) describe, or returns an empty string
    // when they fit an HTTP.sys error log.
    static QString w3cKind(std::string_view software, const FieldLayout &layout);
    // True when the header lines that start `head` (UTF-8 text) are an IIS access log's: the
    // #Software names IIS, or the #Fields fit an access log. Looks no further than the first
    // data line.
    static bool startsAccessLog(std::string_view head);
    // True when a #Software value names a program that never writes httperr logs.
    static bool isForeignSoftware(std::string_view software);
};
