#pragma once

#include "core/checks/GuidedQuestions.h"
#include "core/checks/QuestionCheck.h"

namespace sspr::checks {

// question.other-network: does it work on another network? "no" (works on a hotspot) puts the
// usual network path (proxy, firewall, VPN, TLS inspection) under suspicion: see client.network.
class QuestionOtherNetworkCheck : public QuestionCheck {
    Q_DECLARE_TR_FUNCTIONS(QuestionOtherNetworkCheck)

public:
    static QString checkId() { return QStringLiteral("question.other-network"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QString questionId() const override { return question::otherNetwork; }

protected:
    Finding judge(const QString &answer, Finding finding) const override;
};

} // namespace sspr::checks
