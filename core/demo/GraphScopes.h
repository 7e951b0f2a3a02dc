#pragma once

#include "core/demo/AuthorityOptions.h"
#include "core/demo/GraphCall.h"

#include <QStringList>
#include <optional>

namespace sspr::demo {

// Delegated scopes on both sides of the demo: what the authority grants, and what each Graph
// endpoint accepts (the least-privileged scope of CHECKS.md plus the higher ones Microsoft's
// permission tables list for the same call).
class GraphScopes {
public:
    struct Requirement {
        QStringList accepted; // any one of them is enough
        QString code; // Graph's error code for the 403
    };

    // "https://graph.microsoft.com/User.Read" -> "User.Read".
    static QString normalize(const QString &scope);
    static bool isOpenIdScope(const QString &scope); // openid, profile, email, offline_access
    static bool contains(const QStringList &scopes, const QString &scope); // normalized, any case
    // What a consent grants for `asked`: OpenID scopes always; the rest all, or only those in
    // options.grantScopes. ".default" stands for every consented scope.
    static QStringList grant(const QStringList &asked, const AuthorityOptions &options);

    // What `call` needs; nullopt for a path the table does not know (no scope enforced).
    // `selfId` and `selfUpn` name the token's account: /users/{self} needs only self scopes.
    static std::optional<Requirement> required(
        const GraphCall &call, const QString &selfId, const QString &selfUpn);
    static bool satisfies(const QStringList &granted, const Requirement &requirement);
};

} // namespace sspr::demo
