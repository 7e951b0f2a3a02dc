#include "core/checks/UserMethodsCheck.h"

#include "core/checks/AuthenticationMethods.h"
#include "core/checks/CheckSupport.h"
#include "core/checks/GraphEvidence.h"
#include "core/checks/RequestTemplate.h"

namespace sspr::checks {

QString UserMethodsCheck::title() const
{
    return tr("Registered authentication methods");
}

QList<graph::GraphRequest> UserMethodsCheck::requests(const CheckContext &ctx) const
{
    if (AuthenticationMethods::unavailableInCloud(ctx))
        return {};
    return { AuthenticationMethods::request(ctx) };
}

Finding UserMethodsCheck::notInCloud(const CheckContext &ctx) const
{
    const graph::GraphRequest sent
        = RequestTemplate::expand(AuthenticationMethods::request(ctx), ctx);
    Finding finding = CheckSupport::notSent(
        *this, ctx, sent, tr("no: not available in Microsoft Graph operated by 21Vianet"));
    finding.summary = tr("Skipped: the authentication methods API is not available in the China "
                         "cloud (21Vianet).");
    finding.details = tr("Microsoft Graph's \"List methods\" API is not offered in the national "
                         "cloud operated by 21Vianet, so the registered methods cannot be read "
                         "here. The registration report (SSPR registration) still shows whether "
                         "the user is registered.");
    finding.remediation = { ctx.selfMode
            ? tr("Open My Security Info (https://aka.ms/mysecurityinfo) and check that a phone, "
                 "email or authenticator app is listed.")
            : tr("Check the user's authentication methods in the Microsoft Entra admin center "
                 "(Users > the user > Authentication methods)."),
        ctx.selfMode ? Actor::User : Actor::Admin, DocLinks::combinedRegistration() };
    return finding;
}

Finding UserMethodsCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    if (AuthenticationMethods::unavailableInCloud(ctx))
        return notInCloud(ctx);
    const graph::GraphRequest sent
        = RequestTemplate::expand(AuthenticationMethods::request(ctx), ctx);
    const graph::GraphResponse *response = evidence.response(AuthenticationMethods::key());
    if (auto finding
        = CheckSupport::unusable(*this, ctx, sent, response, AuthenticationMethods::needs(ctx)))
        return *finding;
    const auto methods = AuthenticationMethods::parse(response->body);
    if (!methods)
        return CheckSupport::missingField(*this, ctx, sent, *response, QStringLiteral("value"),
            { GraphEvidence::field(response->body, QStringLiteral("value")) });

    QList<RegisteredMethod> usable;
    QList<RegisteredMethod> other;
    for (const RegisteredMethod &m : *methods) {
        if (m.ssprUsable)
            usable << m;
        else if (m.kind != QLatin1String("password"))
            other << m;
    }
    const QList<EvidenceField> fields {
        { QStringLiteral("methods"), AuthenticationMethods::labels(*methods) },
        { QStringLiteral("ssprUsable"), AuthenticationMethods::labels(usable) },
        { QStringLiteral("count"), QString::number(methods->size()) },
    };
    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << GraphEvidence::item(sent, response, fields);
    const Actor who = ctx.selfMode ? Actor::User : Actor::Admin;

    if (!usable.isEmpty()) {
        finding.status = Status::Pass;
        finding.summary = tr("%n method(s) that SSPR can use: %1.", nullptr, int(usable.size()))
                              .arg(AuthenticationMethods::labels(usable));
        finding.details = tr("Registered methods: %1. Self-service password reset verifies the "
                             "user with a phone, email, Microsoft Authenticator or an OATH code; "
                             "at least one of those is registered.")
                              .arg(AuthenticationMethods::labels(*methods));
        finding.remediation = { tr("Nothing to do; if the tenant requires two methods, make sure "
                                   "two of these are registered."),
            Actor::Nobody, DocLinks::combinedRegistration() };
        return finding;
    }
    const QString registerText = ctx.selfMode
        ? tr("Register a phone number, an email address or the Microsoft Authenticator app at "
             "https://aka.ms/ssprsetup, then try the reset again.")
        : tr("Ask the user to register a phone, email or the Microsoft Authenticator app at "
             "https://aka.ms/ssprsetup (or add a phone or email under Authentication methods "
             "for them), then try again.");
    if (!other.isEmpty()) {
        finding.status = Status::Warning;
        finding.summary = tr("Only methods SSPR cannot use are registered: %1.")
                              .arg(AuthenticationMethods::labels(other));
        finding.details = tr("Registered methods: %1. These let the user sign in, but password "
                             "reset cannot verify the user with FIDO2 keys, Windows Hello, a "
                             "Temporary Access Pass or the password itself; it needs a phone, "
                             "email, Microsoft Authenticator or an OATH code.")
                              .arg(AuthenticationMethods::labels(*methods));
        finding.remediation = { registerText, who, DocLinks::combinedRegistration() };
        return finding;
    }
    finding.status = Status::Fail;
    finding.summary = tr("No authentication method besides the password is registered.");
    finding.details = tr("Registered methods: %1. Without a phone, email or authenticator app "
                         "there is nothing to verify the user with, so self-service password "
                         "reset cannot proceed (the SSPR portal reports insufficient "
                         "authentication methods).")
                          .arg(AuthenticationMethods::labels(*methods));
    finding.remediation = { registerText, who, DocLinks::combinedRegistration() };
    return finding;
}

} // namespace sspr::checks
