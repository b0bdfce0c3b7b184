#pragma once

#include <QFont>
#include <QGraphicsItem>

// Text over the plot area: a centred message when there is nothing to draw ("No data for this
// time range", "Loading…"), and a banner in the top-right corner while the data is stale.
class ChartNoticeItem final : public QGraphicsItem
{
public:
    explicit ChartNoticeItem(QGraphicsItem *parent = nullptr);

    void setPlotArea(const QRectF &plotArea);
    void setMessage(const QString &message);
    void setBanner(const QString &banner);
    QString message() const { return m_message; }
    QString banner() const { return m_banner; }
    // What it says as text: the message, then the banner, each on a line of its own.
    QString text() const;

    void setFont(const QFont &font);
    void setTextColor(const QColor &color);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF bannerRect() const;

    QRectF m_plotArea;
    QString m_message;
    QString m_banner;
    QFont m_font;
    QColor m_text = Qt::black;
};
