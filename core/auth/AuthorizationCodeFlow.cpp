#include "core/auth/AuthorizationCodeFlow.h"

#include "core/auth/AuthErrorReply.h"
#include "core/auth/AuthLogging.h"
#include "core/auth/LoopbackListener.h"
#include "core/auth/Pkce.h"

#include <QCoreApplication>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sspr::auth {

// Exposes buildAuthenticateUrl(): grant() would also connect Qt's own callback handling,
// which requests the token and loses the error body on failure.
class CodeFlow : public QOAuth2AuthorizationCodeFlow {
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    QUrl authorizeUrl() { return buildAuthenticateUrl(); }
};

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(AuthorizationCodeFlow)
};

QString htmlText(const QString &text)
{
    return QStringLiteral("<p style=\"font-family:sans-serif\">") + text.toHtmlEscaped()
        + QStringLiteral("</p>");
}

// The redirect's error carries no error_codes; Microsoft puts "AADSTS65004: ..." in the text.
QList<int> aadstsCodes(const QString &text)
{
    static const QRegularExpression aadsts(QStringLiteral("AADSTS(\\d{5,6})"));
    QList<int> codes;
    auto it = aadsts.globalMatch(text);
    while (it.hasNext())
        codes << it.next().captured(1).toInt();
    return codes;
}

QString queryValue(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}
} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

quint16 AuthorizationCodeFlow::port() const
{
    return m_handler ? m_handler->port() : 0;
}

bool AuthorizationCodeFlow::start(const Request &request, QString *problem)
{
    stop();
    if (m_flow)
        m_flow->deleteLater();
    if (m_urlOnly)
        m_urlOnly->deleteLater();
    if (m_handler) {
        m_handler->setHandler({}); // a late request to the old port gets 404
        m_handler->deleteLater(); // after its last page is written
    }

    m_handler = new LoopbackListener(this);
    if (!m_handler->listen()) {
        if (problem)
            *problem = Text::tr("Cannot open a local port for the browser sign-in.");
        return false;
    }
    m_handler->setHandler([this](const QUrlQuery &query) {
        LoopbackListener::Page page;
        bool handled = false;
        page.html = onRedirect(query, &handled);
        page.status = handled ? 200 : 404;
        return page;
    });
    m_urlOnly = new QOAuthOobReplyHandler(this);

    m_flow = new CodeFlow(m_network, this);
    m_flow->setClientIdentifier(request.clientId);
    m_flow->setAuthorizationUrl(request.authorizationEndpoint);
    m_flow->setAccessTokenUrl(request.authorizationEndpoint); // unused: we redeem ourselves
    m_flow->setScope(request.scopes.join(QLatin1Char(' ')));
    m_flow->setReplyHandler(m_urlOnly);

    // Fresh per attempt; Qt 6.4's own state is 8 characters from a time-seeded mt19937.
    m_verifier = Pkce::createVerifier();
    m_state = QString::fromLatin1(Pkce::randomToken());
    m_nonce = request.scopes.contains(QLatin1String("openid"))
        ? QString::fromLatin1(Pkce::randomToken())
        : QString();
    m_loginHint = request.loginHint;
    // Microsoft's public clients register "http://localhost" and accept any port for it
    // (RFC 8252 s7.3; Entra "redirect URI restrictions": 127.0.0.1 must be registered
    // separately). The listener is on 127.0.0.1, which localhost resolves to.
    m_redirectUri = QStringLiteral("http://localhost:%1/").arg(m_handler->port());
    m_flow->setState(m_state);

    const QString challenge = QString::fromLatin1(Pkce::challenge(m_verifier));
    m_flow->setModifyParametersFunction(
        [this, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return;
            p->remove(QStringLiteral("redirect_uri"));
            p->insert(QStringLiteral("redirect_uri"), m_redirectUri);
            p->insert(QStringLiteral("code_challenge"), challenge); // RFC 7636 s4.3
            p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            p->insert(QStringLiteral("prompt"), QStringLiteral("select_account"));
            if (!m_nonce.isEmpty()) // OpenID Connect Core s3.1.2.1
                p->insert(QStringLiteral("nonce"), m_nonce);
            if (!m_loginHint.isEmpty())
                p->insert(QStringLiteral("login_hint"), m_loginHint);
        });

    const QUrl url = m_flow->authorizeUrl();
    m_waiting = true;
    qCInfo(lcAuth) << "browser sign-in at" << url.toString(QUrl::RemoveQuery) << "listening on port"
                   << m_handler->port();
    Q_EMIT authorizeUrlReady(url);
    return true;
}

void AuthorizationCodeFlow::stop()
{
    m_waiting = false;
    if (m_handler)
        m_handler->close(); // no new connections; a page being written still completes
}

QString AuthorizationCodeFlow::onRedirect(const QUrlQuery &query, bool *handled)
{
    const QString error = queryValue(query, "error");
    const QString state = queryValue(query, "state");
    const QString code = queryValue(query, "code");
    // A stray request to the port (favicon, a reload, a scan) is not the redirect: 404.
    *handled = m_waiting && !(error.isEmpty() && state.isEmpty() && code.isEmpty());
    if (!*handled)
        return htmlText(Text::tr("Not found."));

    AuthError failure;
    if (state.isEmpty() || state != m_state) {
        // RFC 6749 s10.12, checked first: error replies carry state too (s4.1.2.1), so a
        // redirect we did not ask for can neither end the sign-in as a denial nor have its
        // code redeemed.
        failure = AuthErrorReply::make(QStringLiteral("state_mismatch"),
            Text::tr("The browser returned a sign-in answer that does not belong to this "
                     "sign-in (state mismatch). Nothing was redeemed; sign in again."));
    } else if (!error.isEmpty()) {
        // RFC 6749 s4.1.2.1: a denied consent is worth telling as such.
        AuthError reply;
        reply.code = error;
        const QString description
            = queryValue(query, "error_description").replace(QLatin1Char('+'), QLatin1Char(' '));
        reply.errorCodes = aadstsCodes(description);
        const QString known = AuthErrorReply::messageFor(error);
        reply.message = known.isEmpty() ? description : known;
        if (reply.message.isEmpty())
            reply.message = Text::tr("The sign-in failed: %1").arg(error);
        failure = reply;
    } else if (code.isEmpty()) {
        failure = AuthErrorReply::make(QStringLiteral("invalid_response"),
            Text::tr("The browser returned no authorization code."));
    }

    m_waiting = false;
    if (m_handler)
        m_handler->close();
    // Signals last: a slot may delete this object; only locals are used after them.
    if (!failure.code.isEmpty()) {
        qCInfo(lcAuth) << "browser sign-in failed:" << failure.code << failure.errorCodes;
        const QString page = htmlText(Text::tr(
            "The sign-in did not complete. Return to SSPR Doctor to see why and try again."));
        Q_EMIT failed(failure);
        return page;
    }
    qCInfo(lcAuth) << "authorization code received";
    const QString page
        = htmlText(Text::tr("Signed in. You can close this window and return to SSPR Doctor."));
    Q_EMIT codeReceived(code);
    return page;
}

} // namespace sspr::auth
