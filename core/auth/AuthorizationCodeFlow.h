#pragma once

#include "core/auth/AuthConfig.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QOAuthOobReplyHandler;
class QUrlQuery;

namespace sspr::auth {

class CodeFlow;
class LoopbackListener;

// The browser half of the authorization code flow (RFC 6749 s4.1): builds the authorize URL on
// Qt NetworkAuth with PKCE (RFC 7636), state and nonce, listens on a loopback port for the
// redirect (RFC 8252 s7.3, LoopbackListener) and checks what comes back. It never redeems the code:
// the sign-in posts to the token endpoint itself, because Qt 6.4 drops the authority's error JSON.
class AuthorizationCodeFlow : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(AuthorizationCodeFlow)

public:
    struct Request {
        QUrl authorizationEndpoint;
        QString clientId;
        QStringList scopes;
        QString loginHint;
    };

    explicit AuthorizationCodeFlow(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // Starts a fresh attempt (new port, verifier, state and nonce) and emits
    // authorizeUrlReady. False with *problem when no loopback port can be opened.
    bool start(const Request &request, QString *problem);
    void stop(); // stops listening; a later redirect is ignored

    // Of the current attempt (secrets: never logged).
    QString redirectUri() const { return m_redirectUri; }
    QByteArray verifier() const { return m_verifier; }
    QString nonce() const { return m_nonce; }
    quint16 port() const;

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    void codeReceived(const QString &code);
    void failed(const sspr::auth::AuthError &error);

private:
    // The page for the browser; signals are emitted before it returns.
    QString onRedirect(const QUrlQuery &query, bool *handled);

    QNetworkAccessManager *m_network;
    QPointer<CodeFlow> m_flow;
    QPointer<QOAuthOobReplyHandler> m_urlOnly; // Qt's flow wants one; nothing is received on it
    QPointer<LoopbackListener> m_handler;
    QString m_redirectUri;
    QByteArray m_verifier;
    QString m_state;
    QString m_nonce;
    QString m_loginHint;
    bool m_waiting = false;
};

} // namespace sspr::auth
