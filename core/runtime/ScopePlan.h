#pragma once

#include <QString>
#include <QStringList>

namespace sspr::runtime {

// Which delegated scopes a sign-in asks for (issue 4, "scopes per persona"). Computed from the
// checks the playbook will run, so a new check's scope is asked for without touching this.
class ScopePlan {
public:
    // End user checking their own account: only what /me and their own methods need.
    static QStringList selfScopes();
    // IT: the union of requiredScope over the requests of `checkIds` (in IT mode).
    static QStringList forChecks(const QStringList &checkIds, const QString &cloudKey);
    // The persona's scopes for the playbook `errorText` selects (empty: the default one),
    // with the OpenID Connect scopes every sign-in adds (openid profile offline_access).
    static QStringList forPersona(bool selfMode, const QString &errorText,
        const QString &cloudKey = QStringLiteral("global"));
    // Both personas together and the bulk scan (the demo tenant, where the wizard may switch
    // persona later).
    static QStringList forEveryPersona(const QString &cloudKey = QStringLiteral("global"));
    // The bulk scan: the registration report, the tenant checks it runs once, User.Read.All
    // for the per-page sync lookups and, with a group, GroupMember.Read.All.
    static QStringList forBulk(bool group, const QString &cloudKey = QStringLiteral("global"));
    static QStringList withOpenIdScopes(QStringList scopes);
};

} // namespace sspr::runtime
