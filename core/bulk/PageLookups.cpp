#include "core/bulk/PageLookups.h"

#include "core/checks/RegistrationRecord.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sspr::bulk {

QList<graph::GraphRequest> PageLookups::syncRequests(const QStringList &ids)
{
    QList<graph::GraphRequest> requests;
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerFilter) {
        QStringList quoted;
        for (const QString &id : ids.mid(start, kIdsPerFilter))
            quoted << u'\'' + QString(id).replace(QStringLiteral("'"), QStringLiteral("''"))
                    + u'\'';
        graph::GraphRequest request;
        request.key = QStringLiteral("sync-%1").arg(start / kIdsPerFilter);
        request.relativeUrl = QStringLiteral("/users?$filter=id in (%1)&$select=id,"
                                             "onPremisesSyncEnabled&$top=%2")
                                  .arg(quoted.join(u','))
                                  .arg(kIdsPerFilter);
        request.requiredScope = QStringLiteral("User.Read.All");
        requests << request;
    }
    return requests;
}

QHash<QString, SyncState> PageLookups::syncStates(
    const QStringList &ids, const QHash<QString, graph::GraphResponse> &responses)
{
    QHash<QString, SyncState> states;
    for (const QString &id : ids)
        states.insert(id.toLower(), SyncState::Unknown);
    for (const graph::GraphResponse &response : responses) {
        if (!response.ok())
            continue;
        for (const QJsonValue &v : response.body.value(QLatin1String("value")).toArray()) {
            const QJsonObject user = v.toObject();
            const QString id = user.value(QLatin1String("id")).toString().toLower();
            const QJsonValue synced = user.value(QLatin1String("onPremisesSyncEnabled"));
            // null: never synced; false: was synced, now cloud-managed (tenant.writeback).
            if (states.contains(id) && (synced.isBool() || synced.isNull()))
                states.insert(id, synced.toBool(false) ? SyncState::Synced : SyncState::CloudOnly);
        }
    }
    return states;
}

QString PageLookups::registrationKey(const QString &id)
{
    return QStringLiteral("reg-") + id;
}

QList<graph::GraphRequest> PageLookups::registrationRequests(const QStringList &ids)
{
    QList<graph::GraphRequest> requests;
    for (const QString &id : ids) {
        graph::GraphRequest request = checks::RegistrationRecord::request();
        request.key = registrationKey(id);
        request.relativeUrl
            = QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/") + id;
        requests << request;
    }
    return requests;
}

QString PageLookups::firstPage(const BulkOptions &options, bool withTop)
{
    if (!options.groupId.isEmpty()) {
        // "List group transitive members": the OData cast and $filter need ConsistencyLevel:
        // eventual with $count=true (advanced query), which also gives the total for the ETA.
        QString url = QStringLiteral("/groups/%1/transitiveMembers/microsoft.graph.user?$count="
                                     "true&$select=id,userPrincipalName,displayName,userType&"
                                     "$top=%2")
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(options.groupId)))
                          .arg(options.pageSize);
        if (!options.userType.isEmpty()) // user.userType supports $filter (eq)
            url += QStringLiteral("&$filter=userType eq '%1'")
                       .arg(options.userType == QLatin1String("guest") ? QStringLiteral("Guest")
                                                                       : QStringLiteral("Member"));
        return url;
    }
    // userRegistrationDetails documents $filter only on the properties it lists and userType
    // is not one of them, so --user-type is applied to each page here. $count is not
    // documented either: no total, no ETA. $top: the v1.0 page names only $filter and
    // $orderby, but Microsoft's Graph PowerShell (-PageSize) and common scripts page this
    // report with $top up to 999; --page-size sets it. BulkScanner drops it when the first
    // page answers 400 (withTop false).
    if (!withTop)
        return QStringLiteral("/reports/authenticationMethods/userRegistrationDetails");
    return QStringLiteral("/reports/authenticationMethods/userRegistrationDetails?$top=%1")
        .arg(options.pageSize);
}

QString PageLookups::notInReportKey()
{
    return QStringLiteral("@bulk.notInReport");
}

QJsonObject PageLookups::notInReportRecord(const QString &id, const QJsonObject &member)
{
    return { { QStringLiteral("id"), id },
        { QStringLiteral("userPrincipalName"), member.value(QLatin1String("userPrincipalName")) },
        { QStringLiteral("userDisplayName"), member.value(QLatin1String("displayName")) },
        { QStringLiteral("userType"), member.value(QLatin1String("userType")) },
        { notInReportKey(), true } };
}

} // namespace sspr::bulk
