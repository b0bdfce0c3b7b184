#pragma once

#include <QLabel>
#include <functional>

// The editor's line for what just happened: a refused edit or a failed save in the critical
// colour, a confirmed send in the good one; hidden when there is nothing to say. After a
// language switch it says its message again, or hides one it cannot (a reason from a drag).
class ScheduleMessageLine final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleMessageLine)

public:
    explicit ScheduleMessageLine(QWidget *parent = nullptr);

    void showMessage(const QString &text, bool problem);
    // A message that is said again in the new language after a switch.
    void showMessage(std::function<QString()> say, bool problem);
    // The message shown, empty when hidden.
    QString message() const { return isVisible() ? text() : QString(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    std::function<QString()> m_say; // empty: a text that cannot be said again
};
