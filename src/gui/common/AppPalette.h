#pragma once

#include <QColor>
#include <QPalette>

// The app's palette: one colour per energy source and per alert level, chosen for the palette
// they are drawn on: the dark variants are lighter so that they keep their contrast.
class AppPalette final
{
public:
    enum class Role { Solar, Grid, Battery, Load, Generator, Warning, Critical, Good };

    static bool isDark(const QPalette &palette);
    static QColor color(Role role, const QPalette &palette);
    // What stale or unknown content is drawn in: the palette's disabled text.
    static QColor muted(const QPalette &palette);
    // Secondary text (captions, second lines) that stays readable: between text and background.
    // `onBase` for text on the Base colour (cards), else on Window.
    static QColor secondaryText(const QPalette &palette, bool onBase = false);
    // `color` at `opacity` (0..1), for tracks and fills.
    static QColor faded(QColor color, double opacity);
    // WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
    // Text for a `background` fill: near-black or white, whichever reads better on it.
    static QColor textOn(const QColor &background);
    // `color` blended over `base` by `amount` (0..1): an opaque tint.
    static QColor mix(const QColor &base, const QColor &color, double amount);
};
