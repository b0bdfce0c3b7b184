#pragma once

#include <QWidget>
#include <cmath>

// How close grid import is to the import cap: a bar filled to the share of the cap (past the
// end when above it), in the warning colour from kWarnPercent and the critical one above 100 %.
class ImportCapBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportCapBar)

public:
    static constexpr double kWarnPercent = 85.0;
    enum class Level { Unknown, Normal, Near, Over };

    explicit ImportCapBar(QWidget *parent = nullptr);

    // NaN: unknown (no cap, or no reading).
    void setShare(double percent);
    double share() const { return m_percent; }
    Level level() const;
    void setStale(bool stale);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_percent = std::nan("");
    bool m_stale = false;
};
