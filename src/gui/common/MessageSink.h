#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

// Every message box of the app goes through here, so that a test can pre-answer them and read
// what the operator would have been told (docs/architecture.md "Conventions" 6).
class MessageSink final
{
public:
    enum class Level { Information, Warning, Critical, Question };

    static QMessageBox::StandardButton show(QWidget *parent, Level level, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // Tests: answer every message with `answer` instead of showing it, and record its text.
    static void preAnswer(QMessageBox::StandardButton answer);
    static void stopPreAnswering();
    static QStringList shownTexts();
};
