#pragma once

#include "core/checks/Check.h"
#include "core/checks/SsprAuditLog.h"

#include <QCoreApplication>

namespace sspr::checks {

// user.sspr-audit: what the SSPR service itself logged about the user's attempts in the
// look-back window: blocked, failed or timed-out attempts (resultReason verbatim), reset flows
// that stopped at a step, and the event carrying the pasted correlation ID.
class UserSsprAuditCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(UserSsprAuditCheck)

public:
    static QString checkId() { return QStringLiteral("user.sspr-audit"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    Finding selfMode(const CheckContext &ctx) const;
    Finding judge(const QList<SsprAuditLog::Event> &events, const graph::GraphRequest &sent,
        const graph::GraphResponse &response, const CheckContext &ctx) const;
};

} // namespace sspr::checks
