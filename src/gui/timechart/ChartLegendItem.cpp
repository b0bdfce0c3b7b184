#include "gui/timechart/ChartLegendItem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace {

constexpr qreal kSwatchWidth = 18;
constexpr qreal kSwatchGap = 6;
constexpr qreal kEntryGap = 18;
constexpr qreal kPadding = 3;

} // namespace

ChartLegendItem::ChartLegendItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
}

QList<bool> ChartLegendItem::zeroThroughout(const QList<ChartSeries> &series)
{
    QList<bool> zero;
    bool anyReading = false;
    for (const ChartSeries &s : series) {
        const QList<double> &values = s.data.values();
        const bool none = std::none_of(values.cbegin(), values.cend(), [](double v) { return std::isfinite(v) && v != 0; });
        zero.append(none);
        anyReading = anyReading || !none;
    }
    if (!anyReading) // nothing anywhere: the chart says so, and the legend still names the series
        zero.fill(false);
    return zero;
}

QString ChartLegendItem::note() const
{
    QStringList names;
    for (const Entry &e : m_entries) {
        if (e.omitted)
            names << e.name;
    }
    // Translated in TimeChart's context: to translators the legend is part of the chart.
    return names.isEmpty() ? QString()
                           : QCoreApplication::translate("TimeChart", "Zero throughout: %1")
                                 .arg(names.join(QCoreApplication::translate("TimeChart", ", ")));
}

void ChartLegendItem::setEntries(QList<Entry> entries)
{
    m_entries = std::move(entries);
    layoutFor(m_width);
    update();
}

void ChartLegendItem::setFont(const QFont &font)
{
    m_font = font;
    layoutFor(m_width);
}

void ChartLegendItem::setTextColor(const QColor &color)
{
    m_textColor = color;
    update();
}

qreal ChartLegendItem::layoutFor(qreal width)
{
    prepareGeometryChange();
    m_width = width;
    m_rects.clear();
    const QFontMetricsF metrics(m_font);
    const qreal rowHeight = std::ceil(metrics.height()) + 2 * kPadding;
    // Place entries row by row, then centre each row.
    QList<QList<int>> rows{{}};
    qreal x = 0;
    const QString noteText = note();
    const int count = int(m_entries.size());
    for (int i = 0; i <= count; ++i) { // the entries, then the note as the last one
        if (i < count && m_entries.at(i).omitted) {
            m_rects.append(QRectF());
            continue;
        }
        if (i == count && noteText.isEmpty())
            break;
        const qreal w = i == count ? metrics.horizontalAdvance(noteText) + 2 * kPadding
                                   : kSwatchWidth + kSwatchGap + metrics.horizontalAdvance(m_entries.at(i).name) + 2 * kPadding;
        if (x > 0 && x + w > width) {
            rows.append(QList<int>());
            x = 0;
        }
        rows.last().append(i);
        m_rects.append(QRectF(x, (rows.size() - 1) * rowHeight, w, rowHeight));
        x += w + kEntryGap;
    }
    for (const QList<int> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        const qreal used = m_rects.at(row.last()).right();
        const qreal shift = std::max<qreal>(0, (width - used) / 2);
        for (const int i : row)
            m_rects[i].translate(shift, 0);
    }
    m_noteRect = m_rects.size() > count ? m_rects.takeLast() : QRectF();
    m_height = rows.constFirst().isEmpty() ? 0 : rows.size() * rowHeight;
    return m_height;
}

int ChartLegendItem::entryAt(const QPointF &pos) const
{
    for (int i = 0; i < m_rects.size(); ++i) {
        if (m_rects.at(i).contains(pos))
            return i;
    }
    return -1;
}

QRectF ChartLegendItem::entryRect(int index) const
{
    return index >= 0 && index < m_rects.size() ? m_rects.at(index) : QRectF();
}

QRectF ChartLegendItem::boundingRect() const
{
    return QRectF(0, 0, m_width, m_height);
}

void ChartLegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(m_font);
    QColor dimmed = m_textColor;
    dimmed.setAlphaF(0.45f);
    if (!m_noteRect.isEmpty()) {
        QFont italic = m_font;
        italic.setItalic(true);
        painter->setFont(italic);
        QColor noteColor = m_textColor;
        noteColor.setAlphaF(0.75f);
        painter->setPen(noteColor);
        painter->drawText(m_noteRect, Qt::AlignCenter, note());
    }
    for (int i = 0; i < m_entries.size() && i < m_rects.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (entry.omitted)
            continue;
        const QRectF rect = m_rects.at(i).adjusted(kPadding, kPadding, -kPadding, -kPadding);
        const QRectF swatch(rect.left(), rect.center().y() - 5, kSwatchWidth, 10);
        const QColor color = entry.hidden ? dimmed : entry.color;
        if (entry.kind == ChartSeries::Kind::Line) {
            painter->setPen(QPen(color, 2.5, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(swatch.left() + 1, swatch.center().y()), QPointF(swatch.right() - 1, swatch.center().y()));
        } else {
            painter->setPen(QPen(color, 1.5));
            painter->setBrush(entry.hidden ? QBrush(Qt::NoBrush)
                                           : QBrush(entry.kind == ChartSeries::Kind::Bar ? color : color.lighter(130)));
            painter->drawRect(swatch.adjusted(1, 0, -1, 0));
        }
        QFont font = m_font;
        font.setStrikeOut(entry.hidden);
        painter->setFont(font);
        painter->setPen(entry.hidden ? dimmed : m_textColor);
        const QRectF text(swatch.right() + kSwatchGap, rect.top(), rect.right() - swatch.right() - kSwatchGap, rect.height());
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, entry.name);
    }
    painter->restore();
}
