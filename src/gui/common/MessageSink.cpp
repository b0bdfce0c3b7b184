#include "gui/common/MessageSink.h"

#include <optional>

namespace {

std::optional<QMessageBox::StandardButton> g_answer;
QStringList g_shown;

} // namespace

QMessageBox::StandardButton MessageSink::show(QWidget *parent, Level level, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (g_answer) {
        g_shown.append(text);
        return *g_answer;
    }
    QMessageBox box(parent);
    box.setWindowTitle(title);
    box.setText(text);
    box.setStandardButtons(buttons);
    box.setDefaultButton(defaultButton);
    switch (level) {
    case Level::Information:
        box.setIcon(QMessageBox::Information);
        break;
    case Level::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    case Level::Critical:
        box.setIcon(QMessageBox::Critical);
        break;
    case Level::Question:
        box.setIcon(QMessageBox::Question);
        break;
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageSink::preAnswer(QMessageBox::StandardButton answer)
{
    g_answer = answer;
    g_shown.clear();
}

void MessageSink::stopPreAnswering()
{
    g_answer.reset();
}

QStringList MessageSink::shownTexts()
{
    return g_shown;
}
