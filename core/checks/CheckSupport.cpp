#include "core/checks/CheckSupport.h"

#include "core/checks/RequestTemplate.h"

namespace sspr::checks {

using graph::GraphErrorKind;

namespace {

QUrl learn(const char *path)
{
    return QUrl(QStringLiteral("https://learn.microsoft.com/") + QLatin1String(path));
}

// The request-id is what Microsoft support asks for; show it wherever Graph gave one.
QString requestIdSentence(const graph::GraphResponse &response)
{
    QString id = response.requestId;
    if (id.isEmpty() && response.error)
        id = response.error->requestId;
    if (id.isEmpty())
        return {};
    return QLatin1Char(' ') + CheckSupport::tr("Graph request-id: %1.").arg(id);
}

// Graph's messages usually end with a full stop, ours sometimes do not.
QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(QLatin1Char('.'))
        || trimmed.endsWith(QLatin1Char('!')) || trimmed.endsWith(QLatin1Char('?')))
        return trimmed;
    return trimmed + QLatin1Char('.');
}

QList<EvidenceField> errorFields(const graph::GraphError &error)
{
    QList<EvidenceField> fields;
    fields << EvidenceField { QStringLiteral("error.kind"),
        graph::GraphError::kindName(error.kind) };
    if (!error.code.isEmpty())
        fields << EvidenceField { QStringLiteral("error.code"), error.code };
    if (!error.message.isEmpty())
        fields << EvidenceField { QStringLiteral("error.message"), error.message };
    if (!error.requiredScope.isEmpty())
        fields << EvidenceField { QStringLiteral("requiredScope"), error.requiredScope };
    if (!error.clientRequestId.isEmpty())
        fields << EvidenceField { QStringLiteral("client-request-id"), error.clientRequestId };
    if (error.retryAfterSeconds >= 0)
        fields << EvidenceField { QStringLiteral("Retry-After"),
            QString::number(error.retryAfterSeconds) };
    return fields;
}

// Where a skipped check sends the admin: the check's own page, else the SSPR troubleshooter.
QUrl docFor(const AccessNeeds &needs)
{
    return needs.docUrl.isValid() ? needs.docUrl : DocLinks::troubleshootSspr();
}

} // namespace

QUrl DocLinks::ssprHowItWorks()
{
    return learn("entra/identity/authentication/concept-sspr-howitworks");
}
QUrl DocLinks::troubleshootSspr()
{
    return learn("entra/identity/authentication/troubleshoot-sspr");
}
QUrl DocLinks::enableSspr()
{
    return learn("entra/identity/authentication/tutorial-enable-sspr");
}
QUrl DocLinks::combinedRegistration()
{
    return learn("entra/identity/authentication/howto-registration-mfa-sspr-combined");
}
QUrl DocLinks::ssprLicensing()
{
    return learn("entra/identity/authentication/concept-sspr-licensing");
}
QUrl DocLinks::ssprReporting()
{
    return learn("entra/identity/authentication/howto-sspr-reporting");
}
QUrl DocLinks::serviceHealth()
{
    return learn("microsoft-365/enterprise/view-service-health");
}
QUrl DocLinks::publicStatusPage()
{
    return QUrl(QStringLiteral("https://status.cloud.microsoft"));
}

Finding CheckSupport::begin(const Check &check, const CheckContext &ctx)
{
    Finding finding;
    finding.checkId = check.id();
    finding.title = check.title();
    finding.evaluatedAt = ctx.now;
    return finding;
}

QString CheckSupport::alternatives(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    return tr("%1 or %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

std::optional<Finding> CheckSupport::unusable(const Check &check, const CheckContext &ctx,
    const graph::GraphRequest &expanded, const graph::GraphResponse *response,
    const AccessNeeds &needs)
{
    if (!response) {
        if (!ctx.signedIn)
            return notSignedIn(check, ctx, expanded, needs);
        Finding finding = begin(check, ctx);
        finding.status = Status::Error;
        finding.summary = tr("No reply was recorded for this check's Graph request.");
        finding.details = tr("The request %1 was not answered, so there is no evidence to "
                             "judge. A check never passes without evidence.")
                              .arg(RequestTemplate::source(expanded));
        finding.evidence << GraphEvidence::item(
            expanded, nullptr, { { tr("reply"), tr("none recorded") } });
        finding.remediation
            = { tr("Run the checks again."), Actor::User, DocLinks::troubleshootSspr() };
        return finding;
    }
    if (!response->error)
        return std::nullopt;
    switch (response->error->kind) {
    case GraphErrorKind::Forbidden:
    case GraphErrorKind::Unauthorized:
        return refused(check, ctx, expanded, *response, needs);
    default:
        return failed(check, ctx, expanded, *response);
    }
}

Finding CheckSupport::notSignedIn(const Check &check, const CheckContext &ctx,
    const graph::GraphRequest &expanded, const AccessNeeds &needs)
{
    Finding finding = begin(check, ctx);
    finding.status = Status::Skipped;
    finding.summary = tr("Skipped: sign in to run this check.");
    QString details = tr("This check reads Microsoft Graph (%1), which needs a signed-in "
                         "account with the delegated permission %2.")
                          .arg(RequestTemplate::source(expanded), expanded.requiredScope);
    if (!needs.roles.isEmpty() && !ctx.selfMode)
        details += QLatin1Char(' ')
            + tr("The account also needs one of these roles: %1.").arg(needs.roles);
    finding.details = details;
    finding.evidence << GraphEvidence::item(
        expanded, nullptr, { { tr("sent"), tr("no: not signed in") } });
    finding.remediation = { tr("Sign in and run the checks again."),
        ctx.selfMode ? Actor::User : Actor::Admin, docFor(needs) };
    return finding;
}

Finding CheckSupport::refused(const Check &check, const CheckContext &ctx,
    const graph::GraphRequest &expanded, const graph::GraphResponse &response,
    const AccessNeeds &needs)
{
    const graph::GraphError &error = *response.error;
    const int http = error.httpStatus ? error.httpStatus : response.httpStatus;
    // Never sent: either the runner could not build it (the user lookup it depends on failed,
    // so {userId} is still in it) or sign-in gave no token for it.
    if (http == 0)
        return RequestTemplate::needsUserId(expanded)
            ? refusedEarlier(check, ctx, expanded, response, needs)
            : noToken(check, ctx, expanded, response, needs);
    const QString scope
        = !error.requiredScope.isEmpty() ? error.requiredScope : expanded.requiredScope;
    const bool unauthorized = error.kind == GraphErrorKind::Unauthorized;
    Finding finding = begin(check, ctx);
    finding.status = Status::Skipped;
    finding.summary = unauthorized
        ? tr("Skipped: Microsoft Graph rejected the sign-in (HTTP 401); %1 is needed.").arg(scope)
        : tr("Skipped: not allowed to read this; needs %1 and an admin role.").arg(scope);
    if (needs.roles.isEmpty() && !unauthorized)
        finding.summary = tr("Skipped: not allowed to read this; needs %1.").arg(scope);

    QStringList parts;
    parts << tr("Microsoft Graph refused %1 with HTTP %2%3.")
                 .arg(RequestTemplate::source(expanded))
                 .arg(http)
                 .arg(error.code.isEmpty()
                         ? QString()
                         : QString(QStringLiteral(" (") + error.code + QLatin1Char(')')));
    if (!error.message.isEmpty())
        parts << tr("Graph said: \"%1\"").arg(error.message);
    parts
        << tr("The request needs the delegated permission %1, consented for this app.").arg(scope);
    if (unauthorized) {
        // A 401 is about the token, not about roles: say that and stop there.
        parts << tr("Graph did not accept the sign-in's token (expired, revoked or issued for "
                    "another tenant).");
        finding.details = parts.join(QLatin1Char(' ')) + requestIdSentence(response);
        finding.evidence << GraphEvidence::item(expanded, &response, errorFields(error));
        finding.remediation
            = { tr("Sign in again, and make sure %1 is consented for SSPR Doctor.").arg(scope),
                  ctx.selfMode ? Actor::User : Actor::Admin, docFor(needs) };
        return finding;
    }
    if (!needs.roles.isEmpty())
        parts << tr("The signed-in account also needs one of these directory roles: %1.")
                     .arg(needs.roles);
    if (!needs.licence.isEmpty())
        parts << tr("The tenant needs %1.").arg(needs.licence);
    if (!ctx.grantedScopes.isEmpty()) {
        const bool granted = ctx.grantedScopes.contains(scope, Qt::CaseInsensitive);
        parts << (granted
                ? tr("%1 is among the consented permissions, so the role or licence "
                     "is the likely gap.")
                      .arg(scope)
                : tr("%1 is not among the permissions consented for this sign-in.").arg(scope));
    }
    finding.details = parts.join(QLatin1Char(' ')) + requestIdSentence(response);
    finding.evidence << GraphEvidence::item(expanded, &response, errorFields(error));

    QString what = tr("Ask an administrator to consent %1 for SSPR Doctor").arg(scope);
    if (!needs.roles.isEmpty())
        what += QLatin1Char(' ') + tr("and sign in with an account that holds %1").arg(needs.roles);
    what += QLatin1Char('.');
    if (!needs.licence.isEmpty())
        what += QLatin1Char(' ') + tr("The tenant must have %1.").arg(needs.licence);
    what += QLatin1Char(' ') + tr("Then run the checks again.");
    finding.remediation = { what, Actor::Admin, docFor(needs) };
    return finding;
}

// The runner answers a request it could not build with the failure of the lookup it depended
// on (the user's record): name what that lookup needed, not this request's own scope.
Finding CheckSupport::refusedEarlier(const Check &check, const CheckContext &ctx,
    const graph::GraphRequest &expanded, const graph::GraphResponse &response,
    const AccessNeeds &needs)
{
    const graph::GraphError &error = *response.error;
    const QString lookupScope = error.requiredScope;
    Finding finding = begin(check, ctx);
    finding.status = Status::Skipped;
    finding.summary = lookupScope.isEmpty()
        ? tr("Skipped: the user could not be resolved.")
        : tr("Skipped: the user could not be resolved; the lookup needs %1.").arg(lookupScope);
    QStringList parts;
    parts << tr("%1 was not sent: %2")
                 .arg(RequestTemplate::source(expanded), sentence(error.message));
    parts << tr("This check itself needs %1").arg(expanded.requiredScope)
            + (needs.roles.isEmpty()
                    ? QString()
                    : QString(QLatin1Char(' ') + tr("and one of these roles: %1").arg(needs.roles)))
            + QLatin1Char('.');
    finding.details = parts.join(QLatin1Char(' '));
    finding.evidence << GraphEvidence::item(expanded, &response, errorFields(error));
    finding.remediation = { lookupScope.isEmpty()
            ? tr("Fix what Account state reports, then run the checks again.")
            : tr("Ask an administrator to consent %1 (and %2) for SSPR Doctor, then run the "
                 "checks again.")
                  .arg(lookupScope, expanded.requiredScope),
        Actor::Admin, docFor(needs) };
    return finding;
}

Finding CheckSupport::noToken(const Check &check, const CheckContext &ctx,
    const graph::GraphRequest &expanded, const graph::GraphResponse &response,
    const AccessNeeds &needs)
{
    const graph::GraphError &error = *response.error;
    const QString scope
        = !error.requiredScope.isEmpty() ? error.requiredScope : expanded.requiredScope;
    Finding finding = begin(check, ctx);
    finding.status = Status::Skipped;
    // The runner holds back requests whose scope the sign-in was not granted (code
    // NotConsented); otherwise sign-in could not produce a token at all (MFA, expiry).
    finding.summary = error.code == QLatin1String("NotConsented")
        ? tr("Skipped: the sign-in was not granted %1.").arg(scope)
        : tr("Skipped: sign-in gave no access token for %1.").arg(scope);
    QStringList parts;
    parts << tr("%1 was not sent: %2")
                 .arg(RequestTemplate::source(expanded), sentence(error.message));
    parts
        << tr("The request needs the delegated permission %1, consented for this app.").arg(scope);
    finding.details = parts.join(QLatin1Char(' '));
    finding.evidence << GraphEvidence::item(expanded, &response, errorFields(error));
    finding.remediation
        = { tr("Sign in again, and make sure %1 is consented for SSPR Doctor.").arg(scope),
              ctx.selfMode ? Actor::User : Actor::Admin, docFor(needs) };
    return finding;
}

Finding CheckSupport::failed(const Check &check, const CheckContext &ctx,
    const graph::GraphRequest &expanded, const graph::GraphResponse &response)
{
    const graph::GraphError &error = *response.error;
    const int http = error.httpStatus ? error.httpStatus : response.httpStatus;
    Finding finding = begin(check, ctx);
    finding.status = Status::Error;
    Remediation remediation { tr("Wait a few minutes and run the checks again. If it keeps "
                                 "failing, check Microsoft's service health."),
        Actor::Nobody, DocLinks::serviceHealth() };
    switch (error.kind) {
    case GraphErrorKind::Network:
        finding.summary = tr("Could not reach Microsoft Graph (network error).");
        remediation = { tr("Check the network connection and any proxy, then run the checks "
                           "again."),
            Actor::User, DocLinks::troubleshootSspr() };
        break;
    case GraphErrorKind::Timeout:
        finding.summary = tr("Microsoft Graph did not answer in time.");
        break;
    case GraphErrorKind::Throttled:
        // 503/504 are retried like 429 but mean "unavailable", not "too many requests".
        // http is 0 when this request was never sent (the user lookup it depends on failed).
        finding.summary = http == 429
            ? tr("Microsoft Graph kept throttling the request (HTTP 429).")
            : http ? tr("Microsoft Graph was unavailable (HTTP %1) after retries.").arg(http)
                   : tr("Microsoft Graph was unavailable after retries.");
        remediation.who = http == 429 ? Actor::Nobody : Actor::Microsoft;
        break;
    case GraphErrorKind::Server:
        finding.summary = http ? tr("Microsoft Graph failed with HTTP %1 after retries.").arg(http)
                               : tr("Microsoft Graph failed after retries.");
        remediation.who = Actor::Microsoft;
        break;
    case GraphErrorKind::MalformedReply:
        finding.summary = tr("Microsoft Graph sent a reply that could not be read.");
        break;
    case GraphErrorKind::Cancelled:
        finding.summary = tr("Cancelled by you.");
        remediation = { tr("Run the checks again to get a result."), Actor::User,
            DocLinks::troubleshootSspr() };
        break;
    case GraphErrorKind::NotFound:
        finding.summary = tr("Microsoft Graph did not find the object (HTTP 404).");
        remediation = { tr("Check the user name and run the checks again."), Actor::User,
            DocLinks::troubleshootSspr() };
        break;
    case GraphErrorKind::BadRequest:
    default:
        finding.summary = http ? tr("Microsoft Graph rejected the request (HTTP %1).").arg(http)
                               : tr("The request could not be made: %1.").arg(error.message);
        remediation = { tr("Check the user name and run the checks again."), Actor::User,
            DocLinks::troubleshootSspr() };
        break;
    }
    QString details = error.kind == GraphErrorKind::Cancelled
        ? tr("The request %1 was cancelled before it finished, so this check has no evidence.")
              .arg(RequestTemplate::source(expanded))
        : tr("The request %1 failed, so this check has no evidence and did not decide "
             "anything.")
              .arg(RequestTemplate::source(expanded));
    if (!error.message.isEmpty() && error.kind != GraphErrorKind::Cancelled)
        details += QLatin1Char(' ') + tr("Reason: %1").arg(sentence(error.message));
    finding.details = details + requestIdSentence(response);
    finding.evidence << GraphEvidence::item(expanded, &response, errorFields(error));
    finding.remediation = remediation;
    return finding;
}

Finding CheckSupport::missingField(const Check &check, const CheckContext &ctx,
    const graph::GraphRequest &expanded, const graph::GraphResponse &response, const QString &field,
    const QList<EvidenceField> &fieldsRead)
{
    Finding finding = begin(check, ctx);
    finding.status = Status::Error;
    finding.summary
        = tr("Microsoft Graph's reply lacks %1, so nothing could be decided.").arg(field);
    finding.details = tr("The reply to %1 came back without a usable \"%2\" value. A check "
                         "never passes on missing evidence; run it again, and if the field "
                         "stays missing report the request-id to Microsoft.")
                          .arg(RequestTemplate::source(expanded), field)
        + requestIdSentence(response);
    finding.evidence << GraphEvidence::item(expanded, &response, fieldsRead);
    finding.remediation
        = { tr("Run the checks again."), Actor::Nobody, DocLinks::troubleshootSspr() };
    return finding;
}

Finding CheckSupport::notSent(const Check &check, const CheckContext &ctx,
    const graph::GraphRequest &expanded, const QString &reason)
{
    Finding finding = begin(check, ctx);
    finding.status = Status::Skipped;
    finding.evidence << GraphEvidence::item(expanded, nullptr, { { tr("sent"), reason } });
    return finding;
}

} // namespace sspr::checks
