#pragma once

#include "core/checks/Check.h"
#include "core/checks/GraphEvidence.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace sspr::checks {

// Microsoft's remediation pages (CHECKS.md, "Remediation links"), one per finding.
struct DocLinks {
    static QUrl ssprHowItWorks();
    static QUrl troubleshootSspr();
    static QUrl enableSspr();
    static QUrl combinedRegistration();
    static QUrl ssprLicensing();
    static QUrl ssprReporting();
    static QUrl serviceHealth();
    // The public Microsoft 365 status page, for people who cannot sign in to the admin center
    // (linked from "How to check Microsoft 365 service health").
    static QUrl publicStatusPage();
};

// What Graph wants besides the delegated scope; named when a request is refused.
struct AccessNeeds {
    QString roles; // translated: "Global Reader or Service Support Administrator"
    QString licence; // translated; empty when no licence is needed
    QUrl docUrl; // where the admin reads about it
};

// The finding shapes every Graph check shares: not signed in, refused (403/401), failed
// (network, timeout, 5xx, throttled, malformed, cancelled) and "reply lacks a field".
class CheckSupport {
    Q_DECLARE_TR_FUNCTIONS(CheckSupport)

public:
    // A finding with the check's id and title, stamped with ctx.now.
    static Finding begin(const Check &check, const CheckContext &ctx);

    // The finding for a reply the check cannot judge, or nullopt when `response` is usable.
    // No reply: skipped when not signed in (the runner had no Graph), error otherwise.
    // 401/403: skipped, naming the scope, the roles and the licence. Anything else: error
    // with Graph's message and the request-id. Never a pass on missing evidence.
    static std::optional<Finding> unusable(const Check &check, const CheckContext &ctx,
        const graph::GraphRequest &expanded, const graph::GraphResponse *response,
        const AccessNeeds &needs);

    // Error: the reply came back but lacks (or mistypes) a field the verdict depends on.
    static Finding missingField(const Check &check, const CheckContext &ctx,
        const graph::GraphRequest &expanded, const graph::GraphResponse &response,
        const QString &field, const QList<EvidenceField> &fieldsRead);

    // Skipped without sending: the evidence names the request that would have been made.
    static Finding notSent(const Check &check, const CheckContext &ctx,
        const graph::GraphRequest &expanded, const QString &reason);

    // "Name (Display Name)" style list joiner for the roles sentence: "A, B or C".
    static QString alternatives(const QStringList &items);

private:
    static Finding notSignedIn(const Check &check, const CheckContext &ctx,
        const graph::GraphRequest &expanded, const AccessNeeds &needs);
    static Finding refused(const Check &check, const CheckContext &ctx,
        const graph::GraphRequest &expanded, const graph::GraphResponse &response,
        const AccessNeeds &needs);
    static Finding refusedEarlier(const Check &check, const CheckContext &ctx,
        const graph::GraphRequest &expanded, const graph::GraphResponse &response,
        const AccessNeeds &needs);
    static Finding noToken(const Check &check, const CheckContext &ctx,
        const graph::GraphRequest &expanded, const graph::GraphResponse &response,
        const AccessNeeds &needs);
    static Finding failed(const Check &check, const CheckContext &ctx,
        const graph::GraphRequest &expanded, const graph::GraphResponse &response);
};

} // namespace sspr::checks
