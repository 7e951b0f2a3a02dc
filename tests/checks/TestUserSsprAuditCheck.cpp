#include "CheckFixture.h"
#include "core/checks/TenantWritebackCheck.h"
#include "core/checks/UserSsprAuditCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestUserSsprAuditCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(UserSsprAuditCheck::checkId()); }
    void evaluate() { CheckFixtures::run(UserSsprAuditCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(UserSsprAuditCheck::checkId()),
            (QSet<QString> { "pass", "warning", "fail", "skipped", "error" }));
    }

    void requestIsBoundedPagedAndShared()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        ctx.now
            = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00.250Z"), Qt::ISODateWithMs);
        ctx.lookbackDays = 7;
        const QList<sspr::graph::GraphRequest> requests = UserSsprAuditCheck().requests(ctx);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().relativeUrl,
            QStringLiteral("/auditLogs/directoryAudits?$filter=loggedByService eq 'Self-service "
                           "Password Management' and activityDateTime ge 2026-11-18T10:00:00Z and "
                           "targetResources/any(t: t/id eq '{userId}')"));
        QVERIFY(requests.first().followNextLink);
        QCOMPARE(requests.first().maxPages, 10);
        // tenant.writeback reads the same events: same key, same request, sent once.
        int same = 0;
        for (const sspr::graph::GraphRequest &request : TenantWritebackCheck().requests(ctx))
            same += request.key == requests.first().key && request == requests.first();
        QCOMPARE(same, 1);
    }

    void selfModeSendsNoAdminRequest()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        ctx.now = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);
        for (const sspr::graph::GraphRequest &request : UserSsprAuditCheck().requests(ctx))
            QVERIFY2(!request.relativeUrl.startsWith(QLatin1String("/auditLogs"))
                    && !request.relativeUrl.startsWith(QLatin1String("/policies"))
                    && !request.relativeUrl.startsWith(QLatin1String("/directory")),
                qPrintable(request.relativeUrl));
    }
};

QTEST_GUILESS_MAIN(TestUserSsprAuditCheck)
#include "TestUserSsprAuditCheck.moc"
