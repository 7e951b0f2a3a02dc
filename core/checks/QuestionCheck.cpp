#include "core/checks/QuestionCheck.h"

#include "core/checks/CheckSupport.h"
#include "core/checks/GuidedQuestions.h"

namespace sspr::checks {

bool QuestionCheck::isAnswered(const QString &answer)
{
    const QString a = answer.trimmed();
    return !a.isEmpty() && a != QLatin1String("not-tried") && a != QLatin1String("unknown");
}

bool QuestionCheck::isQuestionOnly(const Check &check, const CheckContext &ctx)
{
    return !check.questionIds().isEmpty() && !check.needsProbes() && check.requests(ctx).isEmpty();
}

QString QuestionCheck::answerLabel(const QString &answer) const
{
    if (const auto q = GuidedQuestions::byId(questionId())) {
        for (const QuestionChoice &choice : q->choices) {
            if (choice.key == answer)
                return choice.label;
        }
    }
    return answer;
}

Finding QuestionCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    Finding finding = CheckSupport::begin(*this, ctx);
    const QString answer = evidence.answers.value(questionId()).trimmed();
    EvidenceItem item;
    item.source = QStringLiteral("question:") + questionId();
    if (const auto q = GuidedQuestions::byId(questionId()))
        item.fields << qMakePair(tr("question"), q->text);
    item.fields << qMakePair(questionId(), answer.isEmpty() ? tr("(not answered)") : answer);
    finding.evidence << item;
    if (!isAnswered(answer))
        return notAnswered(finding);
    return judge(answer, finding);
}

Finding QuestionCheck::notAnswered(Finding finding) const
{
    finding.status = Status::Skipped;
    finding.summary = tr("Not answered: nothing to judge.");
    finding.details = tr("This step reads the answer to a guided question, and none was given. "
                         "An unanswered question is neither a pass nor a problem.");
    finding.remediation = { tr("Answer the question and run the checks again."), Actor::User,
        DocLinks::troubleshootSspr() };
    return finding;
}

} // namespace sspr::checks
