#pragma once

#include "core/checks/Check.h"

#include <QCoreApplication>

namespace sspr::checks {

// A guided question turned into a finding: no Graph request, no probe, evaluated from
// evidence.answers. An unanswered question ("", "not-tried", "unknown") is not evidence:
// Diagnosis does not run the check at all and lists the question as not answered, so it
// neither passes nor makes the run incomplete. Run anyway, it comes out skipped.
class QuestionCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(QuestionCheck)

public:
    QList<graph::GraphRequest> requests(const CheckContext &) const override { return {}; }
    QStringList questionIds() const override { return { questionId() }; }
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

    virtual QString questionId() const = 0;
    // True when `answer` says something: not empty, not "not-tried", not "unknown".
    static bool isAnswered(const QString &answer);
    // True for a check that only reads answers (no request, no probe, some question).
    static bool isQuestionOnly(const Check &check, const CheckContext &ctx);

protected:
    // The finding for an answer that isAnswered(); `answer` is trimmed.
    virtual Finding judge(const QString &answer, Finding finding) const = 0;
    // The answer as a person reads it: the choice's label, or the free text.
    QString answerLabel(const QString &answer) const;

private:
    Finding notAnswered(Finding finding) const;
};

} // namespace sspr::checks
