#include "core/bulk/BulkVerdict.h"

#include "core/checks/GraphEvidence.h"
#include "core/checks/RegistrationRecord.h"

#include <QJsonArray>

namespace sspr::bulk {

using checks::Status;

namespace {

Verdict make(const char *code, Status severity, const QString &text, const QString &action)
{
    return { QLatin1String(code), severity, text, action };
}

// Every rule that reads only the record and the tenant facts; nullopt when all pass.
std::optional<Verdict> recordRules(const QJsonObject &record, const TenantFacts &facts)
{
    const auto flag = [&record](const char *name) {
        return checks::GraphEvidence::boolean(record, QLatin1String(name));
    };
    const auto registered = flag("isSsprRegistered");
    const auto enabled = flag("isSsprEnabled");
    const auto capable = flag("isSsprCapable");
    if (!registered || !enabled || !capable)
        return make("record-incomplete", Status::Error,
            BulkVerdict::tr("The registration record lacks isSsprRegistered, isSsprEnabled or "
                            "isSsprCapable."),
            BulkVerdict::tr("Check this user in the wizard (sspr-doctor --headless --user)."));
    if (!*enabled)
        return make("not-enabled", Status::Fail,
            BulkVerdict::tr("Not in the SSPR scope: the policy is None, or Selected with a group "
                            "the user is not in."),
            BulkVerdict::tr("Set Password reset > Properties to All, or to Selected with a group "
                            "that includes the user."));
    if (!*registered)
        return make("not-registered", Status::Fail,
            BulkVerdict::tr("Not registered for SSPR: fewer methods than the policy asks for."),
            BulkVerdict::tr("Have the user register security info at https://aka.ms/ssprsetup."));
    if (!*capable)
        return make("not-capable", Status::Fail,
            BulkVerdict::tr("Registered and enabled but not capable: the registered methods do "
                            "not satisfy what the policy allows."),
            BulkVerdict::tr("Compare the user's methods with Password reset > Authentication "
                            "methods and the authentication methods policy."));
    // Every usable method is one the policy governs, and tenant.methods-policy fails that set.
    const QStringList usable = checks::RegistrationRecord::ssprUsableMethods(record);
    const int set = TenantFacts::policySet(usable);
    const bool allGoverned
        = !usable.isEmpty() && std::all_of(usable.cbegin(), usable.cend(), [](const QString &m) {
              return TenantFacts::policyMethods().contains(m, Qt::CaseInsensitive);
          });
    if (allGoverned && facts.policyBySet.value(set, Status::Skipped) == Status::Fail)
        return make("methods-disabled-by-policy", Status::Fail,
            BulkVerdict::tr("Every method the user registered for SSPR (%1) is disabled in the "
                            "authentication methods policy.")
                .arg(usable.join(QStringLiteral(", "))),
            BulkVerdict::tr("Enable one of these methods in Authentication methods > Policies, "
                            "or have the user register an enabled one."));
    if (facts.licenceFailsCloudOnly && facts.licenceFailsSynced)
        return make("no-licence", Status::Fail,
            BulkVerdict::tr("No subscription in the tenant covers self-service password reset."),
            BulkVerdict::tr("Buy or renew Microsoft Entra ID P1 (or a plan that includes it) and "
                            "assign it."));
    return std::nullopt;
}

} // namespace

bool BulkVerdict::needsSyncState(const QJsonObject &record, const TenantFacts &facts)
{
    return facts.needsSyncState() && !recordRules(record, facts);
}

Verdict BulkVerdict::judge(const QJsonObject &record, const TenantFacts &facts, SyncState sync)
{
    if (auto verdict = recordRules(record, facts))
        return *verdict;
    if (sync == SyncState::Synced && facts.licenceFailsSynced)
        return make("no-licence", Status::Fail,
            tr("Synced from on-premises, and the tenant has no Entra ID P1/P2 for password "
               "writeback."),
            tr("Buy or renew Microsoft Entra ID P1 and assign it."));
    if (sync == SyncState::Synced && facts.writeback == Writeback::Off)
        return make("synced-without-writeback", Status::Fail,
            tr("Synced from on-premises while password writeback is off: the reset cannot be "
               "written back."),
            tr("Enable password writeback in Entra Connect or Cloud Sync and under Password "
               "reset > On-premises integration."));
    if (sync == SyncState::Synced && facts.writeback == Writeback::Unknown)
        return make("writeback-unconfirmed", Status::Warning,
            tr("Synced from on-premises; whether password writeback works is not confirmed."),
            tr("Check writeback, then scan again with --answer writeback=yes or "
               "--answer writeback=no."));
    if (sync == SyncState::Unknown && facts.needsSyncState())
        return make("sync-unknown", Status::Warning,
            tr("Whether the user is synced from on-premises could not be read, and that "
               "decides the verdict here."),
            tr("Consent User.Read.All and scan again, or check the user in the wizard."));
    return make(
        "ok", Status::Pass, tr("Registered, enabled and capable for SSPR."), tr("Nothing to do."));
}

Verdict BulkVerdict::notInReport()
{
    return make("not-in-report", Status::Warning,
        tr("The registration report has no record for this group member (disabled accounts "
           "and new ones that the report has not caught up with are not in it)."),
        tr("Check the account is enabled; look at the user in the wizard."));
}

QString BulkVerdict::syncText(SyncState sync)
{
    switch (sync) {
    case SyncState::NotChecked:
        return QStringLiteral("not-checked");
    case SyncState::CloudOnly:
        return QStringLiteral("false");
    case SyncState::Synced:
        return QStringLiteral("true");
    case SyncState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace sspr::bulk
