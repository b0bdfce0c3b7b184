#pragma once

#include <QFont>
#include <QGraphicsItem>

// The hover read-out: a crosshair at the cursor, a dot on each series' point being read, and a
// box with the time and every visible series' value, kept inside the plot area.
class ChartHoverItem final : public QGraphicsItem
{
public:
    struct Row
    {
        QColor color;
        QString name;
        QString value;
    };
    struct Marker
    {
        QPointF pos;
        QColor color;
    };

    explicit ChartHoverItem(QGraphicsItem *parent = nullptr);

    void setReadout(const QRectF &plotArea, const QPointF &cursor, const QString &title, QList<Row> rows, QList<Marker> markers);
    void clear();
    bool isActive() const { return m_active; }

    void setFont(const QFont &font);
    void setColors(const QColor &text, const QColor &background);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF boxRect() const;

    bool m_active = false;
    QRectF m_plotArea;
    QPointF m_cursor;
    QString m_title;
    QList<Row> m_rows;
    QList<Marker> m_markers;
    QFont m_font;
    QColor m_text = Qt::black;
    QColor m_background = Qt::white;
};
