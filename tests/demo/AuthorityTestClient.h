#pragma once

#include "core/demo/ScenarioServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkReply;

// Raw HTTP against the scenario server's authority and Graph endpoints, shared by the
// TestAuthority* tests: the "client" is written out by hand so each test states the exact
// request it sends.
namespace authority_test {

inline const QString kTenant = QStringLiteral("b5a1c2d3-4e5f-4a6b-9c8d-0e1f2a3b4c5d");
inline const QString kAdminId = QStringLiteral("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
inline const QString kAdmin = QStringLiteral("avery.admin@contoso-demo.example");
inline const QString kAdeleId = QStringLiteral("4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6b");
inline const QString kAdele = QStringLiteral("adele.vance@contoso-demo.example");
inline const QString kClient = QStringLiteral("11111111-2222-4333-8444-555555555555");
inline const QString kVerifier
    = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-verifier");
inline const QString kState = QStringLiteral("s+t&a=te/\u00e9 1");
inline const QString kRedirect = QStringLiteral("http://localhost:53117/");
inline const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray location;
    QByteArray wwwAuthenticate;
};

QString challengeOf(const QString &verifier); // RFC 7636 S256
QJsonObject jwtPayload(const QString &jwt, QJsonObject *header = nullptr);
QList<int> codesOf(const QJsonObject &json); // error_codes

class AuthorityTestClient {
protected:
    // A started server on the healthy scenario, client id kClient, no pending device polls.
    void startServer();
    void stopServer();

    QUrl url(const QString &path) const;
    // The default authorize request; an override with a null value drops the parameter.
    QUrl authorizeUrl(const QList<QPair<QString, QString>> &overrides = {},
        const QString &tenant = QStringLiteral("organizations")) const;
    Reply send(QNetworkReply *reply);
    Reply get(const QUrl &target, const QByteArray &bearer = QByteArray());
    Reply postForm(const QString &path, const QList<QPair<QString, QString>> &form,
        const QByteArray &correlationId = QByteArray());
    Reply postJson(const QString &path, const QJsonObject &body, const QByteArray &bearer);
    QString authorizeCode(const QList<QPair<QString, QString>> &overrides = {});
    Reply redeem(const QString &code, const QString &verifier = kVerifier,
        const QString &redirect = kRedirect);
    QJsonObject signIn(const QString &scopes); // authorize + redeem; empty on failure
    void setOptions(const std::function<void(sspr::demo::AuthorityOptions &)> &change);

    std::unique_ptr<sspr::demo::ScenarioServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace authority_test
