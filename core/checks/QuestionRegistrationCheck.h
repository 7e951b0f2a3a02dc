#pragma once

#include "core/checks/GuidedQuestions.h"
#include "core/checks/QuestionCheck.h"

namespace sspr::checks {

// question.registration: registered at aka.ms/ssprsetup, and do codes arrive?
class QuestionRegistrationCheck : public QuestionCheck {
    Q_DECLARE_TR_FUNCTIONS(QuestionRegistrationCheck)

public:
    static QString checkId() { return QStringLiteral("question.registration"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QString questionId() const override { return question::registration; }

protected:
    Finding judge(const QString &answer, Finding finding) const override;
};

} // namespace sspr::checks
