#include "core/checks/DocLinksExtra.h"

namespace sspr::checks {

namespace {
QUrl learn(const char *path)
{
    return QUrl(QStringLiteral("https://learn.microsoft.com/") + QLatin1String(path));
}
} // namespace

QUrl DocLinksExtra::troubleshootWriteback()
{
    return learn("entra/identity/authentication/troubleshoot-sspr-writeback");
}
QUrl DocLinksExtra::enableWriteback()
{
    return learn("entra/identity/authentication/tutorial-enable-sspr-writeback");
}
QUrl DocLinksExtra::ssprDeployment()
{
    return learn("entra/identity/authentication/howto-sspr-deployment");
}
QUrl DocLinksExtra::signInLogs()
{
    return learn("entra/identity/monitoring-health/concept-sign-ins");
}
QUrl DocLinksExtra::auditLogs()
{
    return learn("entra/identity/monitoring-health/concept-audit-logs");
}

} // namespace sspr::checks
