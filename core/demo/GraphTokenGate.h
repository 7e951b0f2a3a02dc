#pragma once

#include "core/demo/GraphCall.h"
#include "core/demo/GraphReply.h"
#include "core/demo/Scenario.h"
#include "core/demo/TokenLedger.h"

#include <QUrl>
#include <optional>

namespace sspr::demo {

// Graph's door when AuthorityOptions::requireIssuedTokens is on: only tokens this authority
// issued (unexpired, unrevoked) get in, each call needs one of its accepted scopes, and /me
// is the token's account. With the option off every check lets the request through.
class GraphTokenGate {
public:
    explicit GraphTokenGate(TokenLedger &ledger);

    // Per HTTP request: 401 InvalidAuthenticationToken, or nullopt and the token remembered.
    // Authentication covers the whole request, so a $batch gets one top-level 401.
    std::optional<GraphReply> admit(
        const QString &authorization, const QString &clientRequestId, const QUrl &baseUrl);
    // Per call (top level or $batch item): 403 when the token lacks every accepted scope.
    std::optional<GraphReply> checkScope(const GraphCall &call, const Scenario &scenario) const;
    // The call with /me... turned into /users/{the token's account}... (unchanged when off).
    GraphCall asAccount(const GraphCall &call) const;

private:
    TokenLedger &m_ledger;
    std::optional<Grant> m_token; // the current request's token, when tokens are enforced
};

} // namespace sspr::demo
