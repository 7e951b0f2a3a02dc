#pragma once

#include "core/checks/Check.h"

#include <QCoreApplication>

namespace sspr::checks {

// client.os: on Windows, the device's join state (dsregcmd /status) and recent errors of the
// Microsoft-Windows-AAD/Operational log that name password reset or change. Elsewhere it is
// skipped: the reset link of the sign-in screen exists only on Windows.
class OsCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(OsCheck)

public:
    static QString checkId() { return QStringLiteral("client.os"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &) const override { return {}; }
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;
    bool needsProbes() const override { return true; }
};

} // namespace sspr::checks
