#include "AuthorityTestClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using sspr::demo::AuthorityOptions;
using sspr::demo::ScenarioServer;

namespace authority_test {

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject jwtPayload(const QString &jwt, QJsonObject *header)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decode = [](const QString &part) {
        return QJsonDocument::fromJson(
            QByteArray::fromBase64(
                part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            .object();
    };
    if (header)
        *header = decode(parts[0]);
    return decode(parts[1]);
}

QList<int> codesOf(const QJsonObject &json)
{
    QList<int> codes;
    for (const QJsonValue &v : json.value(QLatin1String("error_codes")).toArray())
        codes.append(v.toInt());
    return codes;
}

void AuthorityTestClient::startServer()
{
    m_server = std::make_unique<ScenarioServer>();
    QCOMPARE(m_server->loadScenario(QStringLiteral("healthy")), std::nullopt);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    AuthorityOptions options;
    options.clientId = kClient;
    options.devicePendingPolls = 0;
    m_server->setAuthorityOptions(options);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void AuthorityTestClient::stopServer()
{
    m_nam.reset();
    m_server.reset();
}

void AuthorityTestClient::setOptions(const std::function<void(AuthorityOptions &)> &change)
{
    AuthorityOptions options = m_server->authorityOptions();
    change(options);
    m_server->setAuthorityOptions(options);
}

QUrl AuthorityTestClient::url(const QString &path) const
{
    QUrl target = m_server->authorityUrl();
    target.setPath(path);
    return target;
}

QUrl AuthorityTestClient::authorizeUrl(
    const QList<QPair<QString, QString>> &overrides, const QString &tenant) const
{
    QList<QPair<QString, QString>> params { { QStringLiteral("client_id"), kClient },
        { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("redirect_uri"), kRedirect },
        { QStringLiteral("scope"), QStringLiteral("openid profile offline_access User.Read") },
        { QStringLiteral("state"), kState }, { QStringLiteral("nonce"), QStringLiteral("n-0S6") },
        { QStringLiteral("code_challenge"), challengeOf(kVerifier) },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") } };
    // Not a structured binding: C++17 forbids capturing one in a lambda (clang rejects it).
    for (const auto &entry : overrides) {
        const QString &name = entry.first;
        params.erase(std::remove_if(params.begin(), params.end(),
                         [&](const auto &p) { return p.first == name; }),
            params.end());
        if (!entry.second.isNull())
            params.append(entry);
    }
    QString query;
    for (const auto &[name, value] : params)
        query += (query.isEmpty() ? QString() : QStringLiteral("&")) + name + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(value));
    QUrl target = url(QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/authorize"));
    target.setQuery(query, QUrl::StrictMode);
    return target;
}

Reply AuthorityTestClient::send(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.location = reply->rawHeader("Location");
    out.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    reply->deleteLater();
    return out;
}

Reply AuthorityTestClient::get(const QUrl &target, const QByteArray &bearer)
{
    QNetworkRequest request(target);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return send(m_nam->get(request));
}

Reply AuthorityTestClient::postForm(const QString &path, const QList<QPair<QString, QString>> &form,
    const QByteArray &correlationId)
{
    QNetworkRequest request(url(path));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    if (!correlationId.isEmpty())
        request.setRawHeader("client-request-id", correlationId);
    QByteArray body;
    for (const auto &[name, value] : form)
        body
            += (body.isEmpty() ? "" : "&") + name.toLatin1() + '=' + QUrl::toPercentEncoding(value);
    return send(m_nam->post(request, body));
}

Reply AuthorityTestClient::postJson(
    const QString &path, const QJsonObject &body, const QByteArray &bearer)
{
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + bearer);
    return send(m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QString AuthorityTestClient::authorizeCode(const QList<QPair<QString, QString>> &overrides)
{
    const Reply reply = get(authorizeUrl(overrides));
    if (reply.status != 302)
        return QString();
    return QUrlQuery(QUrl::fromEncoded(reply.location))
        .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

Reply AuthorityTestClient::redeem(
    const QString &code, const QString &verifier, const QString &redirect)
{
    return postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
        { { QStringLiteral("client_id"), kClient },
            { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
            { QStringLiteral("code"), code }, { QStringLiteral("redirect_uri"), redirect },
            { QStringLiteral("code_verifier"), verifier } });
}

QJsonObject AuthorityTestClient::signIn(const QString &scopes)
{
    const QString code = authorizeCode({ { QStringLiteral("scope"), scopes } });
    const Reply reply = redeem(code);
    return reply.status == 200 ? reply.json : QJsonObject();
}

} // namespace authority_test
