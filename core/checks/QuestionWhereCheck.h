#pragma once

#include "core/checks/GuidedQuestions.h"
#include "core/checks/QuestionCheck.h"

namespace sspr::checks {

// question.where: where the error appeared. Recorded, informational; the answer also reorders
// the playbook (ErrorCatalog answer rules).
class QuestionWhereCheck : public QuestionCheck {
    Q_DECLARE_TR_FUNCTIONS(QuestionWhereCheck)

public:
    static QString checkId() { return QStringLiteral("question.where"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QString questionId() const override { return question::where; }

protected:
    Finding judge(const QString &answer, Finding finding) const override;
};

} // namespace sspr::checks
