#include "gui/overview/SocGauge.h"

#include "gui/common/AppPalette.h"
#include "gui/common/TimeSpanText.h"
#include "gui/common/Units.h"

#include <QEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

// The arc opens downwards: 0 % at 225° (lower left), 100 % at −45° (lower right).
constexpr double kStartDegrees = 225;
constexpr double kSweepDegrees = 270;
// How far below the centre the arc's ends reach, as a fraction of the radius: sin 45°.
constexpr double kEndDepth = 0.7071;

QPointF pointAt(const QPointF &c, double radius, double percent)
{
    const double a = (kStartDegrees - kSweepDegrees * std::clamp(percent, 0.0, 100.0) / 100) * std::numbers::pi / 180;
    return c + QPointF(std::cos(a), -std::sin(a)) * radius;
}

QFont sized(QFont font, double pointSize, bool bold = false)
{
    font.setPointSizeF(std::max(6.0, pointSize));
    font.setBold(bold);
    return font;
}

void drawFitted(QPainter &p, QFont font, const QRectF &box, const QString &text)
{
    for (int i = 0; i < 8 && QFontMetricsF(font).horizontalAdvance(text) > box.width(); ++i)
        font.setPointSizeF(font.pointSizeF() * 0.93);
    p.setFont(font);
    p.drawText(box, Qt::AlignCenter, text);
}

} // namespace

SocGauge::SocGauge(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    refresh();
}

void SocGauge::setSoc(double percent, double remainingKWh, double capacityKWh)
{
    m_percent = percent;
    m_remainingKWh = remainingKWh;
    m_capacityKWh = capacityKWh;
    refresh();
}

void SocGauge::setLimits(double minPercent, double maxPercent)
{
    m_minPercent = minPercent;
    m_maxPercent = maxPercent;
    refresh();
}

void SocGauge::setStale(bool stale, qint64 ageSeconds)
{
    m_stale = stale;
    m_ageSeconds = ageSeconds;
    refresh();
}

SocGauge::Level SocGauge::levelOf(double percent)
{
    if (!std::isfinite(percent))
        return Level::Unknown;
    if (percent < kCriticalBelowPercent)
        return Level::Critical;
    if (percent < kWarningBelowPercent)
        return Level::Warning;
    return Level::Normal;
}

QColor SocGauge::levelColor() const
{
    using Role = AppPalette::Role;
    if (m_stale)
        return AppPalette::muted(palette());
    switch (level()) {
    case Level::Unknown:
        return AppPalette::muted(palette());
    case Level::Critical:
        return AppPalette::color(Role::Critical, palette());
    case Level::Warning:
        return AppPalette::color(Role::Warning, palette());
    case Level::Normal:
        return AppPalette::color(Role::Battery, palette());
    }
    return AppPalette::muted(palette());
}

QString SocGauge::describe() const
{
    QStringList parts;
    if (m_stale)
        parts.append(tr("Not current, last update %1.").arg(TimeSpanText::ago(m_ageSeconds)));
    if (level() == Level::Unknown) {
        parts.append(tr("State of charge: no data."));
    } else {
        parts.append(tr("State of charge %1, %2 of %3 left.")
                         .arg(Units::percent(m_percent), Units::energy(m_remainingKWh), Units::energy(m_capacityKWh)));
        if (level() == Level::Critical)
            parts.append(tr("Critically low."));
        else if (level() == Level::Warning)
            parts.append(tr("Low."));
    }
    if (std::isfinite(m_minPercent) && std::isfinite(m_maxPercent))
        parts.append(tr("Limits %1 to %2.").arg(Units::percent(m_minPercent), Units::percent(m_maxPercent)));
    return parts.join(QLatin1Char(' '));
}

void SocGauge::refresh()
{
    setAccessibleName(tr("Battery state of charge"));
    setAccessibleDescription(describe());
    update();
}

void SocGauge::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

QSize SocGauge::minimumSizeHint() const
{
    const int em = fontMetrics().height();
    return {9 * em, 9 * em};
}

QSize SocGauge::sizeHint() const
{
    const int em = fontMetrics().height();
    return {13 * em, 12 * em};
}

void SocGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double em = QFontMetricsF(font()).height();
    const double pad = em * 0.3;
    const double footH = em * 1.3;
    const QRectF area = QRectF(rect()).adjusted(pad, pad, -pad, -pad);

    // The largest arc that leaves room for its thickness, the limit marks and the foot line.
    constexpr double kThickness = 0.13; // of the radius
    constexpr double kMark = 0.22; // room outside the arc for a limit mark
    const double radius = std::max(
        em * 2,
        std::min(area.width() / (2 + kThickness + 2 * kMark), (area.height() - footH) / (1 + kEndDepth + kThickness + kMark)));
    const double thickness = radius * kThickness;
    const double arcHeight = radius * (1 + kEndDepth + kThickness + kMark);
    const double top = area.top() + std::max(0.0, (area.height() - footH - arcHeight) / 2);
    const QPointF c(area.center().x(), top + radius * (kThickness / 2 + kMark) + radius);
    const QRectF arcBox(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius);

    const QColor track = AppPalette::mix(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.12);
    p.setPen(QPen(track, thickness, Qt::SolidLine, Qt::RoundCap));
    p.drawArc(arcBox, int(kStartDegrees * 16), int(-kSweepDegrees * 16));

    const QColor color = levelColor();
    if (level() != Level::Unknown && m_percent > 0) {
        p.setPen(QPen(color, thickness, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(arcBox, int(kStartDegrees * 16), int(-kSweepDegrees * std::min(m_percent, 100.0) / 100 * 16));
    }
    paintTicks(p, c, radius, thickness);
    for (const double limit : {m_minPercent, m_maxPercent}) {
        if (std::isfinite(limit))
            paintLimit(p, c, radius, thickness, limit);
    }

    // The value and the energy left, a block centred inside the arc.
    const double scale = std::clamp(radius / (em * 4), 0.9, 1.8);
    const QColor text = m_stale ? AppPalette::muted(palette()) : palette().color(QPalette::WindowText);
    const QColor secondary = m_stale ? AppPalette::muted(palette()) : AppPalette::secondaryText(palette());
    const double pt = font().pointSizeF();
    const double inside = radius - thickness;
    const auto boxAt = [&](double y, double h) {
        // As wide as the inside of the arc at the line's farther edge, less a margin.
        const double dy = std::max(std::abs(y - c.y()), std::abs(y + h - c.y()));
        const double w = 2 * std::sqrt(std::max(0.0, inside * inside - dy * dy)) - em * 0.4;
        return QRectF(c.x() - w / 2, y, w, h);
    };

    const QFont big = sized(font(), std::max(pt * 1.6, radius * 0.3), true);
    const QFont remainingFont = sized(font(), pt * 1.05 * scale);
    const QFont ofFont = sized(font(), pt * 0.9 * scale);
    const double bigH = QFontMetricsF(big).height();
    // Lines with nothing to say are left out rather than shown as dashes under a dash.
    const bool showRemaining = std::isfinite(m_remainingKWh);
    const bool showCapacity = std::isfinite(m_capacityKWh);
    const double h1 = showRemaining ? QFontMetricsF(remainingFont).height() : 0;
    const double h2 = showCapacity ? QFontMetricsF(ofFont).height() : 0;
    double y = c.y() - (bigH + h1 + h2) / 2 + radius * 0.04;

    p.setPen(level() == Level::Normal || level() == Level::Unknown ? text : color);
    drawFitted(p, big, boxAt(y, bigH), Units::percent(m_percent));
    y += bigH;
    if (showRemaining) {
        p.setPen(text);
        drawFitted(p, remainingFont, boxAt(y, h1), Units::energy(m_remainingKWh));
        y += h1;
    }
    if (showCapacity) {
        p.setPen(secondary);
        drawFitted(p, ofFont, boxAt(y, h2), tr("of %1").arg(Units::energy(m_capacityKWh)));
    }

    // The foot line says why the gauge is grey, or what the two marks are.
    QString foot;
    if (m_stale) {
        p.setPen(AppPalette::color(AppPalette::Role::Warning, palette()));
        foot = tr("Last update %1").arg(TimeSpanText::ago(m_ageSeconds));
    } else if (std::isfinite(m_minPercent) && std::isfinite(m_maxPercent)) {
        p.setPen(AppPalette::secondaryText(palette()));
        foot = tr("Limits %1–%2").arg(Units::percent(m_minPercent), Units::percent(m_maxPercent));
    }
    if (!foot.isEmpty()) {
        QFont f = sized(font(), pt * 0.9);
        const QRectF footBox(area.left(), c.y() + radius * (kEndDepth + kThickness / 2) + em * 0.15, area.width(), footH);
        p.setFont(f);
        p.drawText(footBox, Qt::AlignHCenter | Qt::AlignTop, QFontMetricsF(f).elidedText(foot, Qt::ElideRight, footBox.width()));
    }
}

void SocGauge::paintTicks(QPainter &p, const QPointF &c, double radius, double thickness) const
{
    // Every 10 % a cut across the track, in the background colour: the scale without clutter
    // inside the arc, where the text is.
    p.setPen(QPen(palette().color(QPalette::Window), std::max(1.5, thickness * 0.12), Qt::SolidLine, Qt::FlatCap));
    for (int percent = 10; percent < 100; percent += 10)
        p.drawLine(pointAt(c, radius - thickness, percent), pointAt(c, radius + thickness, percent));
}

void SocGauge::paintLimit(QPainter &p, const QPointF &c, double radius, double thickness, double percent) const
{
    // A line across the track and a small triangle outside it, pointing at the limit.
    const QColor mark = m_stale ? AppPalette::muted(palette()) : palette().color(QPalette::WindowText);
    p.setPen(QPen(mark, 2, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(pointAt(c, radius - thickness / 2, percent), pointAt(c, radius + thickness / 2, percent));
    const double size = std::max(4.0, thickness * 0.55);
    const QPointF tip = pointAt(c, radius + thickness / 2 + 1, percent);
    const QPointF out = (tip - c) / QLineF(c, tip).length();
    const QPointF across(-out.y(), out.x());
    const QPointF base = tip + out * size * 1.2;
    const QPointF triangle[3] = {tip, base + across * size * 0.7, base - across * size * 0.7};
    p.setPen(Qt::NoPen);
    p.setBrush(mark);
    p.drawPolygon(triangle, 3);
}
