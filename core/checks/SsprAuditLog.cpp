#include "core/checks/SsprAuditLog.h"

#include "core/auth/SecretRedaction.h"
#include "core/checks/DocLinksExtra.h"
#include "core/checks/RequestTemplate.h"

#include <QJsonArray>
#include <QStringList>
#include <algorithm>

namespace sspr::checks {

QDateTime SsprAuditLog::windowStart(const CheckContext &ctx)
{
    const QDateTime now = ctx.now.isValid() ? ctx.now.toUTC() : QDateTime();
    if (!now.isValid())
        return {};
    QDateTime start = now.addDays(-qMax(1, ctx.lookbackDays));
    // Whole seconds: the filter literal carries no fraction.
    start.setTime(QTime(start.time().hour(), start.time().minute(), start.time().second()));
    return start;
}

graph::GraphRequest SsprAuditLog::request(const CheckContext &ctx)
{
    graph::GraphRequest request;
    request.key = key();
    QString filter = QStringLiteral("loggedByService eq 'Self-service Password Management'");
    const QDateTime start = windowStart(ctx);
    if (start.isValid())
        filter += QStringLiteral(" and activityDateTime ge ") + start.toString(Qt::ISODate);
    filter += QStringLiteral(" and targetResources/any(t: t/id eq '")
        + RequestTemplate::userIdPlaceholder() + QStringLiteral("')");
    request.relativeUrl = QStringLiteral("/auditLogs/directoryAudits?$filter=") + filter;
    // List directoryAudits needs AuditLog.Read.All and Directory.Read.All; the first is the
    // one the sign-in asks for by name (the second comes with most admin consents).
    request.requiredScope = QStringLiteral("AuditLog.Read.All");
    // Paged; the window bounds the data and maxPages the loop.
    request.followNextLink = true;
    request.maxPages = 10;
    return request;
}

AccessNeeds SsprAuditLog::needs()
{
    return { CheckSupport::alternatives(
                 { tr("Reports Reader"), tr("Security Reader"), tr("Global Reader") }),
        QString(), DocLinks::ssprReporting() };
}

std::optional<QList<SsprAuditLog::Event>> SsprAuditLog::events(
    const QJsonObject &body, QString *missing)
{
    const QJsonValue value = body.value(QLatin1String("value"));
    if (!value.isArray()) {
        *missing = QStringLiteral("value");
        return std::nullopt;
    }
    QList<Event> events;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        Event e;
        e.id = o.value(QLatin1String("id")).toString();
        e.activity = o.value(QLatin1String("activityDisplayName")).toString();
        e.result = o.value(QLatin1String("result")).toString();
        e.timeText = o.value(QLatin1String("activityDateTime")).toString();
        e.time = QDateTime::fromString(e.timeText, Qt::ISODateWithMs);
        if (e.activity.isEmpty()) {
            *missing = QStringLiteral("activityDisplayName");
            return std::nullopt;
        }
        if (e.result.isEmpty()) {
            *missing = QStringLiteral("result");
            return std::nullopt;
        }
        if (!e.time.isValid()) {
            *missing = QStringLiteral("activityDateTime");
            return std::nullopt;
        }
        e.reason = auth::SecretRedaction::redact(
            o.value(QLatin1String("resultReason")).toString().trimmed());
        e.correlationId = o.value(QLatin1String("correlationId")).toString();
        QStringList details;
        for (const QJsonValue &kv : o.value(QLatin1String("additionalDetails")).toArray()) {
            const QJsonObject pair = kv.toObject();
            const QString k = pair.value(QLatin1String("key")).toString();
            const QString v = pair.value(QLatin1String("value")).toString();
            if (!k.isEmpty() || !v.isEmpty())
                details << k + QStringLiteral(": ") + v;
        }
        e.details = auth::SecretRedaction::redact(details.join(QStringLiteral("; ")));
        events << e;
    }
    std::stable_sort(events.begin(), events.end(),
        [](const Event &a, const Event &b) { return a.time > b.time; });
    return events;
}

QString SsprAuditLog::line(const Event &event)
{
    QStringList parts { event.time.toUTC().toString(Qt::ISODate), event.activity, event.result };
    if (!event.reason.isEmpty())
        parts << event.reason;
    if (!event.correlationId.isEmpty())
        parts << tr("correlation %1").arg(event.correlationId);
    return parts.join(QStringLiteral(" | "));
}

bool SsprAuditLog::isFailure(const Event &event)
{
    return event.result.compare(QLatin1String("failure"), Qt::CaseInsensitive) == 0
        || event.result.compare(QLatin1String("timeout"), Qt::CaseInsensitive) == 0;
}

bool SsprAuditLog::namesOnPremises(const Event &event)
{
    if (!isFailure(event))
        return false;
    // The SSPR reasons for writeback trouble (troubleshoot-sspr: OnPremisesAdminActionRequired,
    // OnPremisesConnectivityError, writeback not enabled) and the 120012-120014 codes.
    static const QStringList words { QStringLiteral("on-premises"), QStringLiteral("on-prem"),
        QStringLiteral("onprem"), QStringLiteral("on premises"), QStringLiteral("writeback"),
        QStringLiteral("write-back"), QStringLiteral("120012"), QStringLiteral("120013"),
        QStringLiteral("120014"), QStringLiteral("SSPR_0010"), QStringLiteral("SSPR_0029"),
        QStringLiteral("SSPR_0030") };
    const QString text = event.reason + QLatin1Char(' ') + event.details;
    for (const QString &word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace sspr::checks
