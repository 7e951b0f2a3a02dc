#pragma once

#include "core/bulk/BulkOptions.h"
#include "core/bulk/BulkVerdict.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResponse.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace sspr::bulk {

// The bounded per-page lookups: the sync state of the users whose verdict depends on it, and
// (with --group) the registration records of a page of group members.
class PageLookups {
public:
    // "Known issues" of Graph's query parameters: the `in` operator is limited to 15
    // expressions in the filter clause by default. So a 999-user page needs at most 67
    // requests, sent as $batch POSTs of 20 (4 round trips). getByIds would take 1000 ids but
    // needs Directory.Read.All and returns no onPremisesSyncEnabled; `List users` with
    // $select needs User.Read.All (User.ReadBasic.All does not cover onPremisesSyncEnabled).
    static constexpr int kIdsPerFilter = 15;
    static QList<graph::GraphRequest> syncRequests(const QStringList &ids);
    // Every id asked about gets a state: what Graph said, or Unknown (missing, failed reply).
    static QHash<QString, SyncState> syncStates(
        const QStringList &ids, const QHash<QString, graph::GraphResponse> &responses);

    // GET /reports/authenticationMethods/userRegistrationDetails/{id} per member ("Get
    // userRegistrationDetails"; the list documents no $filter on id), batched 20 a POST.
    static QList<graph::GraphRequest> registrationRequests(const QStringList &ids);
    static QString registrationKey(const QString &id);
    // A group member the report has no record for (404): a row from the member's own fields.
    static QJsonObject notInReportRecord(const QString &id, const QJsonObject &member);
    static QString notInReportKey(); // marks such a record

    // The first page: the registration report, or a group's transitive user members.
    // withTop false: the report's page without $top (its v1.0 page does not document $top).
    static QString firstPage(const BulkOptions &options, bool withTop = true);
};

} // namespace sspr::bulk
