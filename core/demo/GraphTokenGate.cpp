#include "core/demo/GraphTokenGate.h"

#include "core/demo/GraphScopes.h"

namespace sspr::demo {

GraphTokenGate::GraphTokenGate(TokenLedger &ledger)
    : m_ledger(ledger)
{
}

std::optional<GraphReply> GraphTokenGate::admit(
    const QString &authorization, const QString &clientRequestId, const QUrl &baseUrl)
{
    m_token.reset();
    if (!m_ledger.options().requireIssuedTokens)
        return std::nullopt;
    Grant grant;
    QString message;
    const QString token = authorization.section(QLatin1Char(' '), 1).trimmed();
    switch (m_ledger.checkAccessToken(token, &grant)) {
    case TokenLedger::Check::Valid:
        m_token = grant;
        return std::nullopt;
    case TokenLedger::Check::Expired:
        message = QStringLiteral("Access token has expired or is not yet valid.");
        break;
    case TokenLedger::Check::Revoked:
        // What Graph says when continuous access evaluation has revoked the session.
        message = QStringLiteral("Continuous access evaluation resulted in challenge with result: "
                                 "InteractionRequired and code: "
                                 "TokenIssuedBeforeRevocationTimestamp");
        break;
    default:
        message = QStringLiteral("Access token validation failure.");
        break;
    }
    GraphReply reply = GraphReply::error(
        401, QStringLiteral("InvalidAuthenticationToken"), message, clientRequestId);
    QUrl authorize = baseUrl;
    authorize.setPath(QStringLiteral("/common/oauth2/authorize"));
    reply.setHeader("WWW-Authenticate",
        "Bearer realm=\"\", authorization_uri=\"" + authorize.toEncoded()
            + "\", client_id=\"00000003-0000-0000-c000-000000000000\"");
    return reply;
}

std::optional<GraphReply> GraphTokenGate::checkScope(
    const GraphCall &call, const Scenario &scenario) const
{
    if (!m_token)
        return std::nullopt;
    const auto requirement = GraphScopes::required(
        call, m_token->accountId, scenario.userPrincipalName(m_token->accountId));
    if (!requirement || GraphScopes::satisfies(m_token->scopes, *requirement))
        return std::nullopt;
    const QString message = requirement->code == QLatin1String("Authorization_RequestDenied")
        ? QStringLiteral("Insufficient privileges to complete the operation.")
        : QStringLiteral("Calling principal does not have required MSGraph permissions %1")
              .arg(requirement->accepted.join(QLatin1Char(',')));
    return GraphReply::error(
        403, requirement->code, message, QString::fromUtf8(call.header("client-request-id")));
}

GraphCall GraphTokenGate::asAccount(const GraphCall &call) const
{
    if (!m_token
        || call.path.section(QLatin1Char('/'), 1, 1)
                .compare(QLatin1String("me"), Qt::CaseInsensitive)
            != 0)
        return call;
    GraphCall asUser = call;
    asUser.path = QStringLiteral("/users/") + m_token->accountId + call.path.mid(3);
    return asUser;
}

} // namespace sspr::demo
