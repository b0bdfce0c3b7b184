#include "gui/common/AppPalette.h"

#include <algorithm>

bool AppPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor AppPalette::color(Role role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Solar:
        return dark ? QColor(0xf5, 0xb9, 0x42) : QColor(0xd9, 0x8a, 0x00);
    case Role::Grid:
        return dark ? QColor(0x6e, 0xa8, 0xfe) : QColor(0x25, 0x63, 0xc9);
    case Role::Battery:
        return dark ? QColor(0x4c, 0xc9, 0x7f) : QColor(0x1e, 0x8e, 0x4f);
    case Role::Load:
        return dark ? QColor(0xb3, 0x9d, 0xff) : QColor(0x6b, 0x4f, 0xd8);
    case Role::Generator:
        return dark ? QColor(0xa0, 0xa8, 0xb8) : QColor(0x5b, 0x64, 0x75);
    case Role::Warning:
        return dark ? QColor(0xff, 0xa9, 0x4d) : QColor(0xc2, 0x5e, 0x00);
    case Role::Critical:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Role::Good:
        return dark ? QColor(0x4c, 0xc9, 0x7f) : QColor(0x1e, 0x8e, 0x4f);
    }
    return palette.color(QPalette::Text);
}

QColor AppPalette::muted(const QPalette &palette)
{
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor AppPalette::secondaryText(const QPalette &palette, bool onBase)
{
    if (onBase)
        return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.65);
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.65);
}

QColor AppPalette::faded(QColor color, double opacity)
{
    color.setAlphaF(float(std::clamp(opacity, 0.0, 1.0)));
    return color;
}

QColor AppPalette::mix(const QColor &base, const QColor &color, double amount)
{
    const double a = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(float(base.redF() + (color.redF() - base.redF()) * a),
                            float(base.greenF() + (color.greenF() - base.greenF()) * a),
                            float(base.blueF() + (color.blueF() - base.blueF()) * a));
}
