#pragma once

#include <QString>

#include <string_view>

// Log bytes are usually ASCII; URLs may hold UTF-8 or bytes in the server's code page.
// Decodes UTF-8 when the bytes are valid UTF-8 and Latin-1 otherwise, so nothing is lost
// and nothing throws.
namespace TextDecode {
QString toQString(std::string_view bytes);
bool isValidUtf8(std::string_view bytes);
} // namespace TextDecode
