#pragma once

#include "callstatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace cw {

enum class Theme : quint8
{
    Light,
    Dark
};

// How a status looks. Colours come from the Okabe–Ito palette (safe for the common forms of colour
// blindness), with a light and a dark variant each; every status also has its own icon shape and its
// text, so colour is never the only cue.
namespace StatusStyle {

QColor color(CallStatus status, Theme theme);
// A faint tint of the status colour for row / cell backgrounds, readable under normal text.
QColor background(CallStatus status, Theme theme);
// Distinct shapes: clock, phone with waves, check, missed-call arrow, cross, question mark.
QIcon icon(CallStatus status, Theme theme);
// Translated, capitalised label ("Ongoing"). An unknown status shows the text Dialgen sent.
QString label(CallStatus status, const QString &rawText = {});
// An icon from the bundled set (":/icons/<name>.svg"), tinted for the theme.
QIcon themedIcon(const QString &name, Theme theme);
// Light or dark, judged from a window background colour.
Theme themeFor(const QColor &windowBackground);

} // namespace StatusStyle
} // namespace cw
