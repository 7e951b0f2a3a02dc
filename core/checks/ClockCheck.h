#pragma once

#include "core/checks/Check.h"

#include <QCoreApplication>

namespace sspr::checks {

// client.clock: does this PC's clock agree with Microsoft's? Verification codes and tokens
// are time-bound; a clock minutes off makes codes "expire" and sign-in fail.
class ClockCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(ClockCheck)

public:
    static QString checkId() { return QStringLiteral("client.clock"); }
    static constexpr qint64 warningSeconds = 60; // CHECKS.md: warning above one minute
    static constexpr qint64 failSeconds = 300; // and fail above five

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &) const override { return {}; }
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;
    bool needsProbes() const override { return true; }
};

} // namespace sspr::checks
