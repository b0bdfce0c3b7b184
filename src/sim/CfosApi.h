#pragma once

#include "sim/SimReply.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class SimSite;
struct SimRequest;

// cFos Charging Manager's variable API on the emulator's port (docs/emulator.md "The grid
// operator (cFos API)"): GET /cnf?cmd=set_cm_vars&name=N&val=V[&clear=1],
// POST /cnf?cmd=set_cm_vars[&clear=1] with {"vars": [{"name": N, "expr": V}, ...]} and
// GET /cnf?cmd=get_cm_vars, behind HTTP basic auth as cFos has it. The variables live in the site.
class CfosApi final
{
public:
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;
    static inline const QString kRoute = QStringLiteral("cnf");

    struct Answer
    {
        SimReply reply;
        QList<QPair<QByteArray, QByteArray>> headers; // Allow, WWW-Authenticate
    };

    CfosApi(SimSite &site, QString user, QString password);
    Q_DISABLE_COPY_MOVE(CfosApi)

    Answer handle(const SimRequest &request);

private:
    bool authorized(const SimRequest &request) const;
    Answer set(const SimRequest &request, bool clear);

    SimSite &m_site;
    QString m_user;
    QString m_password;
};
