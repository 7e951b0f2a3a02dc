#pragma once

#include "core/checks/CheckContext.h"
#include "core/checks/Evidence.h"
#include "core/checks/Finding.h"
#include "core/graph/GraphRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::bulk {

enum class Writeback { On, Off, Unknown };

// What the per-user verdict needs to know about the tenant, derived once from the tenant
// checks' own evaluate() (tenant.methods-policy, tenant.sync, tenant.writeback,
// tenant.license) so the rules live in one place: core/checks.
struct TenantFacts {
    QString tenantId;
    std::optional<bool> synced; // organization.onPremisesSyncEnabled; nullopt: unreadable
    Writeback writeback = Writeback::Unknown; // for users synced from on-premises
    // tenant.methods-policy's status for a user whose SSPR methods are exactly this set
    // (a bit per policyMethods() entry). Empty when the policy was not evaluated.
    QHash<int, checks::Status> policyBySet;
    bool licenceFailsCloudOnly = false; // no subscription in the tenant covers SSPR reset
    bool licenceFailsSynced = false; // no P1/P2: writeback for synced users is not licensed

    // methodsRegistered values the authentication methods policy governs, in bit order.
    static const QStringList &policyMethods();
    // The bit set of `methods` (methodsRegistered values) over policyMethods().
    static int policySet(const QStringList &methods);
    // A user must be looked up in /users when the tenant may be synced and writeback is not
    // confirmed on, or when synced users lack a licence the cloud-only ones have.
    bool needsSyncState() const
    {
        return synced.value_or(true) && (writeback != Writeback::On || licenceFailsSynced);
    }
};

// The tenant checks' findings (for the terminal) and the facts derived from them.
struct TenantAssessment {
    Q_DECLARE_TR_FUNCTIONS(TenantAssessment)

public:
    TenantFacts facts;
    QList<checks::Finding> findings; // sync, writeback, methods policy, licence

    // The tenant-level requests, sent once before the first page.
    static QList<graph::GraphRequest> requests(const checks::CheckContext &ctx);
    // Pure: evaluates the tenant checks on `evidence` (answers: "writeback" = yes|no).
    static TenantAssessment derive(
        const checks::Evidence &evidence, const checks::CheckContext &ctx);
    // One line per finding, for the terminal summary.
    QStringList summaryLines() const;
    // The titles of the tenant checks that could not be judged (Error or Skipped): the rules
    // they feed (methods policy, licences, sync) were not applied to any user.
    QStringList incompleteFacts() const;
};

} // namespace sspr::bulk
