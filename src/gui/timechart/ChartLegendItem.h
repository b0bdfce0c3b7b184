#pragma once

#include "gui/timechart/ChartSeries.h"

#include <QFont>
#include <QGraphicsItem>

// The chart's legend, painted under the time axis: one entry per series, wrapped into rows.
// A click toggles a series (TimeChart does the hit test with entryAt()); a hidden series keeps
// its entry, drawn hollow, greyed and struck through, so the operator can bring it back.
class ChartLegendItem final : public QGraphicsItem
{
public:
    struct Entry
    {
        QString name;
        QColor color;
        ChartSeries::Kind kind = ChartSeries::Kind::Line;
        bool hidden = false;
        bool omitted = false; // zero or absent throughout: no entry, named in the note instead
    };

    // Which series have nothing to show (no reading other than zero) while another series has:
    // they take no legend slot (a generator that never runs).
    static QList<bool> zeroThroughout(const QList<ChartSeries> &series);

    explicit ChartLegendItem(QGraphicsItem *parent = nullptr);

    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const { return m_entries; }
    // "Zero throughout: Generator", after the entries; empty when no entry is omitted.
    QString note() const;
    void setFont(const QFont &font);
    void setTextColor(const QColor &color);

    // Lays the entries out in rows no wider than `width` (centred); returns the height needed.
    qreal layoutFor(qreal width);
    qreal height() const { return m_height; }
    // The entry under a point in item coordinates, or -1.
    int entryAt(const QPointF &pos) const;
    QRectF entryRect(int index) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<Entry> m_entries;
    QList<QRectF> m_rects;
    QRectF m_noteRect;
    QFont m_font;
    QColor m_textColor = Qt::black;
    qreal m_width = 0;
    qreal m_height = 0;
};
