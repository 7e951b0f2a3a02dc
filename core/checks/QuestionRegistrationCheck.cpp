#include "core/checks/QuestionRegistrationCheck.h"

#include "core/checks/CheckSupport.h"

namespace sspr::checks {

QString QuestionRegistrationCheck::title() const
{
    return tr("Registration (as answered)");
}

Finding QuestionRegistrationCheck::judge(const QString &answer, Finding finding) const
{
    if (answer == QLatin1String("not-registered")) {
        finding.status = Status::Fail;
        finding.summary = tr("Not registered for password reset, as answered.");
        finding.details = tr("Self-service password reset can only verify a user through "
                             "methods registered beforehand; without them the reset cannot "
                             "start. The registration check (user.registration) confirms this "
                             "from Microsoft's registration report when an admin signs in.");
        finding.remediation = { tr("Register security info at https://aka.ms/ssprsetup (an admin "
                                   "may first have to reset the password once), then try the "
                                   "reset again."),
            Actor::User, DocLinks::combinedRegistration() };
        return finding;
    }
    if (answer == QLatin1String("registered-no-code")) {
        finding.status = Status::Warning;
        finding.summary = tr("Registered, but the verification code does not arrive.");
        finding.details = tr("The registered phone number or e-mail address cannot receive the "
                             "code: a malformed number (it must look like +1 4251234567; "
                             "extensions are dropped), a mailbox filing it as junk, or a number "
                             "that is no longer in use. The methods check (user.methods) shows "
                             "what is on file.");
        finding.remediation = { tr("Check the junk folder and the phone's signal, and update the "
                                   "phone number or e-mail at https://aka.ms/mysecurityinfo. If "
                                   "that is impossible, an admin can correct the methods."),
            Actor::User, DocLinks::combinedRegistration() };
        return finding;
    }
    if (answer == QLatin1String("yes")) {
        finding.status = Status::Pass;
        finding.summary = tr("Registered, and verification codes arrive, as answered.");
        finding.details = tr("The user completed the registration and can receive a code, so "
                             "verification is not where the reset fails.");
        finding.remediation = { tr("Nothing to do for the registration."), Actor::Nobody,
            DocLinks::combinedRegistration() };
        return finding;
    }
    finding.status = Status::Error;
    finding.summary = tr("The recorded answer \"%1\" is not one of the choices.").arg(answer);
    finding.details = tr("Expected \"yes\", \"registered-no-code\", \"not-registered\" or "
                         "\"unknown\"; nothing was decided.");
    finding.remediation
        = { tr("Answer the question again."), Actor::User, DocLinks::combinedRegistration() };
    return finding;
}

} // namespace sspr::checks
