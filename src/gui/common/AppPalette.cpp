#include "gui/common/AppPalette.h"

#include <algorithm>
#include <cmath>

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
        return dark ? QColor(0xff, 0xa9, 0x4d) : QColor(0xa8, 0x50, 0x00);
    case Role::Critical:
        return dark ? QColor(0xff, 0x7b, 0x7b) : QColor(0xc6, 0x28, 0x28);
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

namespace {

double relativeLuminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double AppPalette::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor AppPalette::textOn(const QColor &background)
{
    const QColor dark(0x1a, 0x1a, 0x1a);
    const QColor light(Qt::white);
    return contrast(dark, background) >= contrast(light, background) ? dark : light;
}
