#pragma once
// Shared by the sign-in tests: the scenario server as the authority (real HTTP on 127.0.0.1)
// and a SignIn pointed at it, with the demo browser standing in for the system browser.

#include "core/auth/MemorySecretStore.h"
#include "core/auth/SignIn.h"
#include "core/demo/DemoBrowser.h"
#include "core/demo/ScenarioServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

Q_DECLARE_METATYPE(sspr::auth::AuthError)
Q_DECLARE_METATYPE(sspr::auth::AccountInfo)
Q_DECLARE_METATYPE(sspr::auth::DeviceCodeInfo)

namespace fixture {

struct Authority {
    std::unique_ptr<sspr::demo::ScenarioServer> server;
    QNetworkAccessManager network;

    bool start(sspr::demo::AuthorityOptions options = {})
    {
        qRegisterMetaType<sspr::auth::AuthError>();
        qRegisterMetaType<sspr::auth::AccountInfo>();
        qRegisterMetaType<sspr::auth::DeviceCodeInfo>();
        server = std::make_unique<sspr::demo::ScenarioServer>();
        if (server->loadScenario(QStringLiteral("healthy")))
            return false;
        options.requireIssuedTokens = true;
        server->setAuthorityOptions(options);
        return server->start();
    }

    sspr::auth::AuthConfig config(const QStringList &scopes = { QStringLiteral("User.Read") }) const
    {
        sspr::auth::AuthConfig config;
        config.authority = server->authorityUrl();
        config.tenant = QStringLiteral("organizations");
        config.scopes = scopes;
        config.interactiveTimeoutSeconds = 20;
        return config;
    }
};

inline QString queryItem(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

inline QUrl withQueryItem(QUrl url, const QString &name, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(name);
    query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return url;
}

// Waits for the end of a sign-in: true when signed in, else *error is set.
inline bool waitForOutcome(sspr::auth::SignIn &signIn, sspr::auth::AuthError *error, int ms = 20000)
{
    QSignalSpy ok(&signIn, &sspr::auth::SignIn::signedIn);
    QSignalSpy failed(&signIn, &sspr::auth::SignIn::signInFailed);
    if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, ms))
        return false;
    if (!failed.isEmpty() && error)
        *error = failed.first().first().value<sspr::auth::AuthError>();
    return failed.isEmpty();
}

} // namespace fixture
