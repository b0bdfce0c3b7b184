#include "gui/site/LoginDialog.h"

#include "ui_LoginDialog.h"

#include "gui/site/SiteConnection.h"
#include "gui/site/SiteSettings.h"

#include <QPushButton>

LoginDialog::LoginDialog(SiteConnection &connection, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_connection(connection)
{
    m_ui->setupUi(this);
    SiteSettings &settings = connection.settings();
    m_ui->url->setText(settings.baseUrl().toString());
    m_ui->account->setText(settings.account());
    m_ui->remember->setChecked(settings.rememberPassword());
    m_ui->message->hide();
    // The first field left to fill: the URL has a default, so usually the account, or the
    // password when the site is remembered.
    QLineEdit *first = m_ui->url->text().trimmed().isEmpty() ? m_ui->url
        : m_ui->account->text().trimmed().isEmpty()          ? m_ui->account
                                                             : m_ui->password;
    first->setFocus();

    connect(m_ui->logIn, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_ui->cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->demo, &QPushButton::clicked, this, [this] { done(DemoRequested); });
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setMessage(const QString &text)
{
    m_ui->message->setText(text);
    m_ui->message->setVisible(!text.isEmpty());
}

void LoginDialog::setRemember(bool remember)
{
    m_ui->remember->setChecked(remember);
}

bool LoginDialog::remember() const
{
    return m_ui->remember->isChecked();
}

QString LoginDialog::message() const
{
    return m_ui->message->text();
}

bool LoginDialog::validate()
{
    const QUrl url = QUrl::fromUserInput(m_ui->url->text().trimmed());
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
        setMessage(tr("The API base URL is not valid: write it as https://host:port/api."));
        m_ui->url->setFocus();
        return false;
    }
    if (m_ui->account->text().trimmed().isEmpty()) {
        setMessage(tr("Enter the account to log in with."));
        m_ui->account->setFocus();
        return false;
    }
    if (m_ui->password->text().isEmpty()) {
        setMessage(tr("Enter the password."));
        m_ui->password->setFocus();
        return false;
    }
    return true;
}

void LoginDialog::logIn()
{
    if (!validate())
        return;
    const QUrl url = QUrl::fromUserInput(m_ui->url->text().trimmed());
    const QString account = m_ui->account->text().trimmed();
    const bool remember = m_ui->remember->isChecked();
    m_connection.setBaseUrl(url);
    setBusy(true);
    setMessage(tr("Logging in to %1 …").arg(url.host()));
    m_connection.logIn(account, m_ui->password->text(), remember, this, [this, url, account, remember](const ApiError &error) {
        setBusy(false);
        if (error.isError()) {
            setMessage(error.message());
            m_ui->password->selectAll();
            m_ui->password->setFocus();
            return;
        }
        SiteSettings &settings = m_connection.settings();
        settings.setBaseUrl(url);
        settings.setAccount(account);
        settings.setRememberPassword(remember);
        settings.sync();
        m_ui->password->clear();
        accept();
    });
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->url), static_cast<QWidget *>(m_ui->account), static_cast<QWidget *>(m_ui->password),
          static_cast<QWidget *>(m_ui->remember), static_cast<QWidget *>(m_ui->logIn), static_cast<QWidget *>(m_ui->demo)})
        w->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}
