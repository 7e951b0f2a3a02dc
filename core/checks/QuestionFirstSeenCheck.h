#pragma once

#include "core/checks/GuidedQuestions.h"
#include "core/checks/QuestionCheck.h"

namespace sspr::checks {

// question.first-seen: when it started and whether it repeats, recorded verbatim.
class QuestionFirstSeenCheck : public QuestionCheck {
    Q_DECLARE_TR_FUNCTIONS(QuestionFirstSeenCheck)

public:
    static QString checkId() { return QStringLiteral("question.first-seen"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QString questionId() const override { return question::firstSeen; }

protected:
    Finding judge(const QString &answer, Finding finding) const override;
};

} // namespace sspr::checks
