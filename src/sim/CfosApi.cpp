#include "sim/CfosApi.h"

#include "sim/CfosVariables.h"
#include "sim/SimRequest.h"
#include "sim/SimSite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

const QByteArray kAllow = QByteArrayLiteral("GET, POST");

CfosApi::Answer fail(int status, const QString &message)
{
    return {SimReply::error(status, message), {}};
}

CfosApi::Answer variablesReply(const CfosVariables &variables)
{
    return {SimReply::json(QJsonDocument(variables.toJson()).toJson(QJsonDocument::Compact)), {}};
}

// A query parameter that may appear once; the error names it when it appears more often.
Result<QString> single(const QUrlQuery &query, const QString &key)
{
    const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
    if (values.size() > 1)
        return Result<QString>::failure(QStringLiteral("%1 is given %2 times; give it once").arg(key).arg(values.size()));
    return values.value(0);
}

} // namespace

CfosApi::CfosApi(SimSite &site, QString user, QString password)
    : m_site(site)
    , m_user(std::move(user))
    , m_password(std::move(password))
{
}

bool CfosApi::authorized(const SimRequest &request) const
{
    const QByteArray header = request.header("Authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).compare("Basic", Qt::CaseInsensitive) != 0)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray &account = decoded.decoded;
    const qsizetype colon = account.indexOf(':');
    if (colon < 0)
        return false;
    return QString::fromUtf8(account.left(colon)) == m_user && QString::fromUtf8(account.mid(colon + 1)) == m_password;
}

CfosApi::Answer CfosApi::handle(const SimRequest &request)
{
    if (request.method != "GET" && request.method != "POST") {
        Answer a =
            fail(405, QStringLiteral("Cannot %1 /cnf: this route accepts GET, POST").arg(QString::fromLatin1(request.method)));
        a.headers.append({QByteArrayLiteral("Allow"), kAllow});
        return a;
    }
    if (!authorized(request)) {
        Answer a = fail(401,
                        QStringLiteral("the cFos API needs HTTP basic authentication with the Charging Manager's "
                                       "account: send \"Authorization: Basic <base64 of user:password>\""));
        a.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"cFos Charging Manager\"")});
        return a;
    }
    if (request.body.size() > kMaxBodyBytes)
        return fail(413,
                    QStringLiteral("the body is %1 bytes; at most %2 are accepted").arg(request.body.size()).arg(kMaxBodyBytes));

    const Result<QString> cmd = single(request.query, QStringLiteral("cmd"));
    if (!cmd)
        return fail(400, cmd.error());
    const Result<QString> clearText = single(request.query, QStringLiteral("clear"));
    if (!clearText)
        return fail(400, clearText.error());
    if (!clearText->isEmpty() && *clearText != u"0" && *clearText != u"1")
        return fail(400, QStringLiteral("clear must be 1 (remove the other variables first) or 0, not \"%1\"").arg(*clearText));

    if (*cmd == u"get_cm_vars") {
        if (request.method != "GET") {
            Answer a = fail(
                405, QStringLiteral("Cannot %1 /cnf?cmd=get_cm_vars: it accepts GET").arg(QString::fromLatin1(request.method)));
            a.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET")});
            return a;
        }
        return variablesReply(m_site.gridVariables());
    }
    if (*cmd == u"set_cm_vars")
        return set(request, *clearText == u"1");
    if (cmd->isEmpty())
        return fail(400, QStringLiteral("cmd is required: set_cm_vars or get_cm_vars"));
    return fail(400, QStringLiteral("unknown cmd \"%1\": this emulator serves set_cm_vars and get_cm_vars").arg(cmd->left(64)));
}

CfosApi::Answer CfosApi::set(const SimRequest &request, bool clear)
{
    QList<CfosVariables::Variable> variables;
    if (request.method == "GET") {
        const Result<QString> name = single(request.query, QStringLiteral("name"));
        const Result<QString> val = single(request.query, QStringLiteral("val"));
        if (!name || !val)
            return fail(400, !name ? name.error() : val.error());
        if (!request.query.hasQueryItem(QStringLiteral("name")) || !request.query.hasQueryItem(QStringLiteral("val")))
            return fail(400, QStringLiteral("set_cm_vars by GET needs name and val: /cnf?cmd=set_cm_vars&name=AVAIL&val=50"));
        const Result<CfosVariables::Variable> v = CfosVariables::parse(*name, *val, QStringLiteral("val"));
        if (!v)
            return fail(400, v.error());
        variables.append(*v);
    } else {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(400,
                        QStringLiteral("body is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
        const QJsonObject root = doc.object();
        if (!doc.isObject() || !root.value(QStringLiteral("vars")).isArray())
            return fail(400, QStringLiteral("body must be {\"vars\": [{\"name\": ..., \"expr\": ...}, ...]}"));
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() != u"vars")
                return fail(400, QStringLiteral("unknown key \"%1\" in the body").arg(it.key().left(64)));
        }
        const QJsonArray vars = root.value(QStringLiteral("vars")).toArray();
        if (vars.size() > CfosVariables::kMaxVariables)
            return fail(400,
                        QStringLiteral("vars holds %1 variables; at most %2 are accepted")
                            .arg(vars.size())
                            .arg(CfosVariables::kMaxVariables));
        for (qsizetype i = 0; i < vars.size(); ++i) {
            const QString where = QStringLiteral("vars[%1]").arg(i);
            if (!vars.at(i).isObject())
                return fail(400, QStringLiteral("%1 must be an object {\"name\": ..., \"expr\": ...}").arg(where));
            const QJsonObject item = vars.at(i).toObject();
            for (auto key = item.begin(); key != item.end(); ++key) {
                if (key.key() != u"name" && key.key() != u"expr")
                    return fail(400,
                                QStringLiteral("%1: unknown key \"%2\" (a variable is {\"name\": ..., \"expr\": ...})")
                                    .arg(where, key.key().left(64)));
            }
            const Result<CfosVariables::Variable> v =
                CfosVariables::parse(item.value(QStringLiteral("name")), item.value(QStringLiteral("expr")), where);
            if (!v)
                return fail(400, v.error());
            variables.append(*v);
        }
    }
    if (const Result<bool> r = m_site.setGridVariables(variables, clear); !r)
        return fail(400, r.error());
    return variablesReply(m_site.gridVariables());
}
