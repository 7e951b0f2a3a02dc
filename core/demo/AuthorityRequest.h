#pragma once

#include "core/demo/AuthorityErrors.h"
#include "core/demo/Scenario.h"
#include "core/demo/TokenLedger.h"

#include <QUrlQuery>
#include <memory>
#include <optional>

namespace sspr::demo {

// One request to an authority endpoint, with what every endpoint checks the same way.
struct AuthorityRequest {
    QUrl baseUrl; // http://127.0.0.1:PORT
    QString tenantSegment; // as in the path: organizations, common, a domain or an id
    QString tenantId; // the scenario's tenant it resolved to
    std::shared_ptr<const Scenario> scenario;
    QString correlationId; // the client's client-request-id, if sent
    QUrlQuery params; // the query (GET) or the form body (POST), decoded

    QString param(const char *name) const;
    QUrl endpoint(const QString &tenant, const QString &tail) const; // {base}/{tenant}/{tail}
    QUrl issuer() const; // {base}/{tid}/v2.0

    HttpReply json(const AuthorityError &error) const;
    HttpReply page(const AuthorityError &error) const;

    // organizations, common, the tenant id or one of its users' domains; else the AADSTS90002
    // refusal (invalid_tenant in discovery, invalid_request elsewhere).
    static std::optional<QString> resolveTenant(const QString &segment, const Scenario &scenario);
    static AuthorityError tenantNotFound(const QString &segment, const QString &error);
    // client_id present and known to the options: nullopt, else the refusal.
    std::optional<AuthorityError> checkClient(const AuthorityOptions &options) const;
    // The signed-in account's object id (options.account or the scenario's signed-in user).
    std::optional<QString> accountId(const AuthorityOptions &options, AuthorityError *error) const;

    // application/x-www-form-urlencoded, '+' meaning a space (HTML 4.01 section 17.13.4.1).
    static QUrlQuery parseForm(const QByteArray &encoded);
    static AuthorityError missing(const QString &parameter);
};

} // namespace sspr::demo
