#pragma once

#include "core/checks/GuidedQuestions.h"
#include "core/checks/QuestionCheck.h"

namespace sspr::checks {

// question.browser: does it work in a private window? "no" (works there) puts the browser's
// cache, cookies or an extension under suspicion.
class QuestionBrowserCheck : public QuestionCheck {
    Q_DECLARE_TR_FUNCTIONS(QuestionBrowserCheck)

public:
    static QString checkId() { return QStringLiteral("question.browser"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QString questionId() const override { return question::privateWindow; }

protected:
    Finding judge(const QString &answer, Finding finding) const override;
};

} // namespace sspr::checks
