#include "core/auth/AuthorizationCodeFlow.h"

#include "core/auth/AuthErrorReply.h"
#include "core/auth/AuthLogging.h"
#include "core/auth/Pkce.h"

#include <QCoreApplication>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRegularExpression>

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

QString queryValue(const QVariantMap &data, const char *name)
{
    // Qt 6.4 hands over QUrlQuery's pretty-decoded values: finish the decoding.
    return QUrl::fromPercentEncoding(data.value(QLatin1String(name)).toString().toUtf8());
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
    if (m_handler)
        m_handler->deleteLater(); // after its last page is written

    // Port 0: the OS picks a free port (Qt 6.4 has no default-port constructor that does).
    // Bound to 127.0.0.1 only: 6.4's port-only constructor listens on every interface.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, quint16(0), this);
    if (!m_handler->isListening()) {
        if (problem)
            *problem = Text::tr("Cannot open a local port for the browser sign-in.");
        return false;
    }
    m_handler->setCallbackText(
        htmlText(Text::tr("Signed in. You can close this window and return to SSPR Doctor.")));

    m_flow = new CodeFlow(m_network, this);
    m_flow->setClientIdentifier(request.clientId);
    m_flow->setAuthorizationUrl(request.authorizationEndpoint);
    m_flow->setAccessTokenUrl(request.authorizationEndpoint); // unused: we redeem ourselves
    m_flow->setScope(request.scopes.join(QLatin1Char(' ')));
    m_flow->setReplyHandler(m_handler);

    // Fresh per attempt; Qt 6.4's own state is 8 characters from a time-seeded mt19937.
    m_verifier = Pkce::createVerifier();
    m_state = QString::fromLatin1(Pkce::randomToken());
    m_nonce = request.scopes.contains(QLatin1String("openid"))
        ? QString::fromLatin1(Pkce::randomToken())
        : QString();
    m_loginHint = request.loginHint;
    // 6.4's handler calls itself http://127.0.0.1:PORT/, but Microsoft's public clients
    // register "http://localhost" and accept any port for it (RFC 8252 s7.3; Entra "redirect
    // URI restrictions": 127.0.0.1 must be registered separately).
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
    connect(m_flow, &QAbstractOAuth2::authorizationCallbackReceived, this,
        &AuthorizationCodeFlow::onCallback);

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

void AuthorizationCodeFlow::onCallback(const QVariantMap &data)
{
    if (!m_waiting)
        return;
    const QString error = queryValue(data, "error");
    const QString state = queryValue(data, "state");
    const QString code = queryValue(data, "code");
    const QString failedPage = htmlText(
        Text::tr("The sign-in did not complete. Return to SSPR Doctor to see why and try again."));

    AuthError failure;
    if (!error.isEmpty()) {
        // RFC 6749 s4.1.2.1. Checked before state: a denied consent is worth telling as such.
        AuthError reply;
        reply.code = error;
        const QString description
            = queryValue(data, "error_description").replace(QLatin1Char('+'), QLatin1Char(' '));
        reply.errorCodes = aadstsCodes(description);
        const QString known = AuthErrorReply::messageFor(error);
        reply.message = known.isEmpty() ? description : known;
        if (reply.message.isEmpty())
            reply.message = Text::tr("The sign-in failed: %1").arg(error);
        failure = reply;
    } else if (state.isEmpty() || state != m_state) {
        // RFC 6749 s10.12: a redirect we did not ask for. The code must not be redeemed.
        failure = AuthErrorReply::make(QStringLiteral("state_mismatch"),
            Text::tr("The browser returned a sign-in answer that does not belong to this "
                     "sign-in (state mismatch). Nothing was redeemed; sign in again."));
    } else if (code.isEmpty()) {
        failure = AuthErrorReply::make(QStringLiteral("invalid_response"),
            Text::tr("The browser returned no authorization code."));
    }

    m_waiting = false;
    if (m_handler) {
        m_handler->close();
        if (!failure.code.isEmpty())
            m_handler->setCallbackText(failedPage); // written right after this returns
    }
    if (!failure.code.isEmpty()) {
        qCInfo(lcAuth) << "browser sign-in failed:" << failure.code << failure.errorCodes;
        Q_EMIT failed(failure);
        return;
    }
    qCInfo(lcAuth) << "authorization code received";
    Q_EMIT codeReceived(code);
}

} // namespace sspr::auth
