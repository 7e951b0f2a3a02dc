#include "core/report/ReportText.h"

#include "core/auth/Cloud.h"
#include "core/checks/GuidedQuestions.h"

#include <QSysInfo>

namespace sspr::report {

using checks::Actor;
using checks::Status;

QString ReportText::statusWord(Status status)
{
    switch (status) {
    case Status::Pass:
        return tr("Passed");
    case Status::Warning:
        return tr("Warning");
    case Status::Fail:
        return tr("Failed");
    case Status::Skipped:
        return tr("Skipped");
    case Status::Error:
        return tr("Error");
    }
    return tr("Error");
}

QString ReportText::actorText(Actor actor)
{
    switch (actor) {
    case Actor::User:
        return tr("The user who saw the error");
    case Actor::Admin:
        return tr("An IT administrator of the tenant");
    case Actor::Microsoft:
        return tr("Microsoft (through a support request)");
    case Actor::Nobody:
        return tr("Nobody: no action is needed");
    }
    return tr("An IT administrator of the tenant");
}

QString ReportText::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::AllPass:
        return tr("All checks passed.");
    case Verdict::Warnings:
        return tr("No check failed; some findings deserve a look.");
    case Verdict::Failed:
        return tr("At least one check failed: a likely cause was found.");
    case Verdict::Incomplete:
        return tr("Not an all-clear: some checks could not run or ended in an error.");
    }
    return {};
}

QString ReportText::modeText(const QString &mode)
{
    if (mode == QLatin1String("self"))
        return tr("Self-service: the user checked their own account");
    if (mode == QLatin1String("it"))
        return tr("IT staff helping a user");
    return orUnknown(mode);
}

QString ReportText::cloudText(const QString &cloudKey)
{
    if (const auto cloud = auth::Clouds::byKey(cloudKey))
        return QCoreApplication::translate("Cloud", cloud->displayName.toUtf8().constData());
    return orUnknown(cloudKey);
}

QString ReportText::errorCodeLine(const Session &s)
{
    const int code = s.error.primaryCode() ? s.error.primaryCode() : 0;
    if (!code)
        return tr("none pasted");
    QString line = QStringLiteral("AADSTS%1").arg(code);
    QString name = !s.playbookTitle.isEmpty() ? s.playbookTitle : s.error.errorName;
    if (name.startsWith(line)) // catalog titles may already lead with the code
        name = name.mid(line.size()).trimmed();
    if (!name.isEmpty())
        line += QStringLiteral(" (%1)").arg(name);
    return line;
}

QStringList ReportText::questionIds()
{
    QStringList ids;
    for (const checks::GuidedQuestion &question : checks::GuidedQuestions::all())
        ids << question.id;
    return ids;
}

QString ReportText::questionLabel(const QString &id)
{
    namespace q = checks::question;
    if (id == q::where)
        return tr("Where the error appeared");
    if (id == q::privateWindow)
        return tr("Same error in a private browser window");
    if (id == q::otherNetwork)
        return tr("Same error on another network");
    if (id == q::registration)
        return tr("Registered for password reset and able to receive the code");
    if (id == q::firstSeen)
        return tr("When it first happened");
    if (id == q::writeback)
        return tr("Password writeback enabled and healthy");
    if (id == q::methodsRequired)
        return tr("Methods the reset policy requires");
    return id;
}

// The label of the choice as the wizard offered it; free text and unknown keys as given.
QString ReportText::answerLabel(const QString &id, const QString &answer)
{
    if (const auto question = checks::GuidedQuestions::byId(id)) {
        for (const checks::QuestionChoice &choice : question->choices) {
            if (choice.key == answer)
                return choice.label;
        }
    }
    return answer;
}

QString ReportText::osName()
{
    return tr("%1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
}

QString ReportText::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return tr("unknown");
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString ReportText::orUnknown(const QString &value)
{
    return value.isEmpty() ? tr("unknown") : value;
}

} // namespace sspr::report
