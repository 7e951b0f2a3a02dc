#pragma once

#include "core/checks/Check.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <variant>

namespace sspr::tests {

// One fixture file of tests/data/checks/<check-id>/: a context, the Graph replies by request
// key (a body, or the GraphError the client would have produced) and what the finding must
// say. Format:
//   {"description": "...",
//    "context": {"userKey", "userObjectId", "selfMode", "signedIn", "grantedScopes", "now",
//                "cloudKey", "lookbackDays", "errorCode", "correlationId", "errorTime"},
//    "answers": {"<question id>": "<choice key or text>"},
//    "probes": (see the probes work: ProbeEvidence as JSON),
//    "responses": {"<key>": {"status": 200, "requestId": "...", "body": {...}}
//                  | {"status": 403, "error": {"kind": "Forbidden", "code", "message",
//                                               "requiredScope", "requestId"}}},
//    "expect": {"status", "summaryContains", "detailsContains", "remediationContains",
//               "actor", "docUrl", "sourceContains", "httpStatus", "evidence": {"field": "value"}}}
struct CheckFixture {
    QString path;
    QString description;
    checks::CheckContext context;
    checks::Evidence evidence;
    QJsonObject expect;
};

class CheckFixtures {
public:
    static QString directory(const QString &checkId); // SSPR_TEST_DATA/checks/<id>
    static QStringList files(const QString &checkId); // sorted *.json
    static std::variant<CheckFixture, QString> load(const QString &path);

    // What is wrong with `finding` for this fixture: its "expect" block plus the rules every
    // finding follows (non-empty summary, https doc link on learn.microsoft.com or the status
    // page, evidence naming the request, no bearer token anywhere). Empty when all is well.
    static QStringList verify(
        const checks::Finding &finding, const CheckFixture &fixture, const checks::Check &check);

    // Data-driven test plumbing: one row per fixture file ("path" column), and the body of
    // the test function that evaluates the row's fixture with `check` and verifies it.
    static void addRows(const QString &checkId);
    static void run(const checks::Check &check);

    // The "expect.status" values of every fixture of a check.
    static QSet<QString> expectedStatuses(const QString &checkId);
};

} // namespace sspr::tests
