#include "gui/overview/EnergyTile.h"

#include "gui/common/TimeSpanText.h"
#include "gui/common/Units.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace {

// Padding and spacing in units of the font's line height.
constexpr double kPadX = 0.8;
constexpr double kPadY = 0.55;
constexpr double kStripe = 0.25;
// How far the value's font may shrink in a narrow tile.
constexpr double kSmallestValue = 0.8;

} // namespace

EnergyTile::EnergyTile(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    refresh();
}

void EnergyTile::setTitle(const QString &title)
{
    m_title = title;
    updateGeometry();
    refresh();
}

void EnergyTile::setValue(double kWh)
{
    m_kWh = kWh;
    updateGeometry();
    refresh();
}

void EnergyTile::setSecondary(const QString &text)
{
    m_secondary = text;
    updateGeometry();
    refresh();
}

void EnergyTile::setAccent(std::optional<AppPalette::Role> role)
{
    m_accent = role;
    update();
}

void EnergyTile::setStale(bool stale, qint64 ageSeconds)
{
    m_stale = stale;
    m_ageSeconds = ageSeconds;
    refresh();
}

void EnergyTile::setShare(double percent)
{
    m_share = true;
    setValue(percent);
}

QString EnergyTile::valueText() const
{
    return m_share ? Units::percent(m_kWh) : Units::energy(m_kWh);
}

QString EnergyTile::describe() const
{
    QString text = tr("%1: %2").arg(m_title, valueText());
    if (!m_secondary.isEmpty())
        text += QStringLiteral(", ") + m_secondary;
    if (m_stale)
        text += QStringLiteral(" (") + tr("last update %1").arg(TimeSpanText::ago(m_ageSeconds)) + QLatin1Char(')');
    return text;
}

void EnergyTile::refresh()
{
    setAccessibleName(m_title);
    setAccessibleDescription(describe());
    setToolTip(m_stale ? tr("Last update %1").arg(TimeSpanText::ago(m_ageSeconds)) : QString());
    update();
}

void EnergyTile::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

QFont EnergyTile::valueFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    return f;
}

QFont EnergyTile::secondaryFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

QSize EnergyTile::sizeHint() const
{
    const QFontMetricsF fm(font());
    const QFontMetricsF vm(valueFont());
    const QFontMetricsF sm(secondaryFont());
    const double em = fm.height();
    const double textW = std::max({fm.horizontalAdvance(m_title), vm.horizontalAdvance(valueText()),
                                   vm.horizontalAdvance(Units::energy(8888.8)), sm.horizontalAdvance(m_secondary)});
    // The second line's room is kept even when empty, so tiles in a row line up.
    const double h = fm.height() + vm.height() + sm.height() + 2 * kPadY * em + em * 0.2;
    return QSizeF(std::max(textW + 2 * kPadX * em + kStripe * em, em * 9), h).toSize() + QSize(1, 1);
}

QSize EnergyTile::minimumSizeHint() const
{
    // Titles and second lines may elide; the number may only shrink a little, never be cut.
    const double em = QFontMetricsF(font()).height();
    QFont smallest = valueFont();
    smallest.setPointSizeF(smallest.pointSizeF() * kSmallestValue);
    const double valueW = QFontMetricsF(smallest).horizontalAdvance(valueText());
    const int width = int(std::ceil(valueW + 2 * kPadX * em + kStripe * em)) + 1;
    return {std::min(sizeHint().width(), std::max(width, int(em * 6))), sizeHint().height()};
}

void EnergyTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double em = QFontMetricsF(font()).height();
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const double corner = em * 0.45;

    QPainterPath shape;
    shape.addRoundedRect(card, corner, corner);
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    p.fillPath(shape, palette().color(QPalette::Base));
    if (m_accent) {
        p.save();
        p.setClipPath(shape);
        const QColor accent = m_stale ? AppPalette::muted(palette()) : AppPalette::color(*m_accent, palette());
        p.fillRect(QRectF(card.left(), card.top(), kStripe * em, card.height()), accent);
        p.restore();
    }
    p.setPen(QPen(AppPalette::mix(window, text, 0.18), 1));
    p.setBrush(Qt::NoBrush);
    p.drawPath(shape);

    const double left = card.left() + (kPadX + (m_accent ? kStripe : 0)) * em;
    const double width = card.right() - kPadX * em - left;
    double y = card.top() + kPadY * em;
    const QColor muted = AppPalette::muted(palette());
    const QColor baseText = palette().color(QPalette::Text);

    const QFontMetricsF fm(font());
    p.setFont(font());
    p.setPen(AppPalette::secondaryText(palette(), true));
    p.drawText(QRectF(left, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(m_title, Qt::ElideRight, width));
    y += fm.height() + em * 0.1;

    QFont vf = valueFont();
    const QFontMetricsF vm(vf);
    const double valueW = vm.horizontalAdvance(valueText());
    if (valueW > width)
        vf.setPointSizeF(vf.pointSizeF() * std::max(kSmallestValue, width / valueW));
    p.setFont(vf);
    p.setPen(m_stale ? muted : baseText);
    p.drawText(QRectF(left, y, width, vm.height()), Qt::AlignLeft | Qt::AlignVCenter, valueText());
    y += vm.height() + em * 0.1;

    if (!m_secondary.isEmpty()) {
        const QFont sf = secondaryFont();
        const QFontMetricsF sm(sf);
        p.setFont(sf);
        p.setPen(m_stale ? muted : AppPalette::secondaryText(palette(), true));
        p.drawText(QRectF(left, y, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   sm.elidedText(m_secondary, Qt::ElideRight, width));
    }
}
