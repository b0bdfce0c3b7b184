#pragma once

#include <QDialog>
#include <memory>

class SiteConnection;
namespace Ui {
class LoginDialog;
}

// Login (docs/product.md "Login"): API base URL, account, password, remember, and the way to the
// built-in demo site. The login runs asynchronously: the dialog stays responsive and shows
// the client's message inline when it fails.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    enum Outcome { Cancelled = QDialog::Rejected, LoggedIn = QDialog::Accepted, DemoRequested = 2 };

    explicit LoginDialog(SiteConnection &connection, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setMessage(const QString &text);
    QString message() const; // what the dialog tells the operator, e.g. why the saved password failed
    // "Remember the password", ticked from the settings; unticked when the keyring would not keep it.
    void setRemember(bool remember);
    bool remember() const;

private:
    void logIn();
    void setBusy(bool busy);
    bool validate();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    SiteConnection &m_connection;
};
