#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class SiteConnection;

// The site tree's data (docs/product.md "Site tree"): the latest status of every device, SOC for
// batteries and the Status text for the others, read with one query per device output.
class SiteTreeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteTreeFeed)

public:
    explicit SiteTreeFeed(SiteConnection &connection, QObject *parent = nullptr);

    void refresh();

signals:
    // `status` in the operator's words, e.g. "Operating" or "SoC 41 %"; `at` in UTC.
    void statusRead(const QString &deviceName, const QString &status, const QDateTime &at);
    // A smart meter's Type reading ("Grid", "Battery", ...), also told to the connection.
    void meterTypeRead(const QString &deviceName, const QString &type);

private:
    void fetch(const QString &output, const QStringList &fields, bool soc);

    SiteConnection &m_connection;
};
