#pragma once

#include <QByteArray>
#include <QString>

// What the emulator answers to one AEGIS or control request: an HTTP status and a JSON body.
// Failures carry the error object of docs/aegis-api.md §3.
struct SimReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");

    bool ok() const { return status >= 200 && status < 300; }

    static SimReply json(QByteArray body, int status = 200);
    // {"statusCode": 400, "message": "...", "error": "Bad Request"}
    static SimReply error(int status, const QString &message);
    static QByteArray reasonPhrase(int status);
};
