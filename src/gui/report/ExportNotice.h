#pragma once

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

// The status bar's word after an export: where the file went, and a button that opens its
// folder in the desktop's file manager. It goes away by itself after a while.
class ExportNotice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportNotice)

public:
    explicit ExportNotice(QWidget *parent = nullptr);

    void showSaved(const QString &path);
    QString text() const;
    QString folder() const { return m_folder; }

private:
    void openFolder();
    void retranslate();
    void changeEvent(QEvent *event) override;

    QLabel *m_label;
    QToolButton *m_open;
    QTimer *m_hide;
    QString m_path;
    QString m_text; // in full; the label may show it shortened in the middle
    QString m_folder;
};
