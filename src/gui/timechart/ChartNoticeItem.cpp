#include "gui/timechart/ChartNoticeItem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {

constexpr qreal kBannerPadding = 6;

QFont messageFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 1.3);
    return font;
}

} // namespace

ChartNoticeItem::ChartNoticeItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

void ChartNoticeItem::setPlotArea(const QRectF &plotArea)
{
    if (plotArea == m_plotArea)
        return;
    prepareGeometryChange();
    m_plotArea = plotArea;
}

void ChartNoticeItem::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    update();
}

void ChartNoticeItem::setBanner(const QString &banner)
{
    if (banner == m_banner)
        return;
    prepareGeometryChange();
    m_banner = banner;
}

void ChartNoticeItem::setFont(const QFont &font)
{
    prepareGeometryChange();
    m_font = font;
}

void ChartNoticeItem::setTextColor(const QColor &color)
{
    m_text = color;
    update();
}

QRectF ChartNoticeItem::bannerRect() const
{
    if (m_banner.isEmpty())
        return {};
    const QFontMetricsF metrics(m_font);
    const qreal width = std::min(metrics.horizontalAdvance(m_banner) + 2 * kBannerPadding, m_plotArea.width());
    const qreal height = metrics.height() + kBannerPadding;
    return QRectF(m_plotArea.right() - width - 4, m_plotArea.top() + 4, width, height);
}

QRectF ChartNoticeItem::boundingRect() const
{
    return m_plotArea.united(bannerRect());
}

void ChartNoticeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    if (!m_message.isEmpty()) {
        QColor color = m_text;
        color.setAlphaF(0.6f);
        painter->setPen(color);
        painter->setFont(messageFont(m_font));
        painter->drawText(m_plotArea.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
    if (!m_banner.isEmpty()) {
        // Amber with dark text reads as "warning" in both light and dark palettes.
        const QRectF rect = bannerRect();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xff, 0xc1, 0x07, 235));
        painter->drawRoundedRect(rect, 3, 3);
        painter->setPen(QColor(0x33, 0x28, 0x00));
        painter->setFont(m_font);
        const QFontMetricsF metrics(m_font);
        painter->drawText(rect, Qt::AlignCenter, metrics.elidedText(m_banner, Qt::ElideRight, rect.width() - 2 * kBannerPadding));
    }
    painter->restore();
}

QString ChartNoticeItem::text() const
{
    QStringList parts;
    if (!m_message.isEmpty())
        parts.append(m_message);
    if (!m_banner.isEmpty())
        parts.append(m_banner);
    return parts.join(QLatin1Char('\n'));
}
