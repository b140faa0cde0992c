#pragma once

#include "settings.h"

#include <QPalette>

class QApplication;

namespace cw {

// Applies the user's theme choice to the whole application. System keeps the platform's own style and
// palette (and so follows the desktop's light or dark mode); Light and Dark use the Fusion style with a
// palette of ours, so the choice looks the same on every platform.
void applyThemeChoice(Settings::Theme choice);
// The palettes used for Light and Dark (also used by tests and screenshots).
QPalette lightPalette();
QPalette darkPalette();

} // namespace cw
