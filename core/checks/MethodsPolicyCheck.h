#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace sspr::checks {

struct RegisteredMethod;

// tenant.methods-policy: does the tenant's authentication methods policy still allow the
// methods the user registered for SSPR, and does the legacy SSPR policy still govern some of
// them (policyMigrationState)? Reads the user's methods through the user.methods request.
class MethodsPolicyCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(MethodsPolicyCheck)

public:
    static QString checkId() { return QStringLiteral("tenant.methods-policy"); }
    static QString key() { return QStringLiteral("authMethodsPolicy"); }
    static graph::GraphRequest request();

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    struct Policy {
        QString migrationState; // as read; empty when absent or null
        QHash<QString, QString> states; // configuration id -> "enabled"/"disabled" (lowercase)
        QHash<QString, bool> allUsers; // configuration id -> includeTargets has all_users
    };
    static AccessNeeds needs();
    static bool legacyStillApplies(const Policy &policy);
    Finding selfMode(const CheckContext &ctx) const;
    Finding withoutUserMethods(const Policy &policy, const EvidenceItem &policyItem,
        const Finding &methodsProblem, const CheckContext &ctx) const;
    Finding judge(const Policy &policy, const EvidenceItem &policyItem,
        const QList<RegisteredMethod> &methods, const EvidenceItem &methodsItem,
        const CheckContext &ctx) const;
};

} // namespace sspr::checks
