#pragma once

#include <QPalette>

// Palette helpers, so widgets that draw their own colours (the chart) can suit dark themes.
namespace Palettes {
// True when the window background is darker than its text: a dark theme.
bool isDark(const QPalette &palette);
// A dark palette for the Fusion style, used to check the look under dark themes
// (HTTPERR_PALETTE=dark in the environment).
QPalette dark();
} // namespace Palettes
