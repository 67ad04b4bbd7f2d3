#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>

// Log bytes are usually ASCII; URLs may hold UTF-8 or bytes in the server's code page.
// Decodes UTF-8 when the bytes are valid UTF-8 and Latin-1 otherwise, so nothing is lost
// and nothing throws.
namespace TextDecode {
QString toQString(std::string_view bytes);
bool isValidUtf8(std::string_view bytes);
// A raw log line as shown: decoded as above, NUL and other control characters replaced by their
// visible symbols (U+2400...), so nothing vanishes or breaks a row.
QString toDisplayText(const QByteArray &raw);
} // namespace TextDecode
