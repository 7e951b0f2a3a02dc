#include "CheckFixture.h"
#include "core/checks/TenantSyncCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestTenantSyncCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(TenantSyncCheck::checkId()); }
    void evaluate() { CheckFixtures::run(TenantSyncCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(TenantSyncCheck::checkId()),
            (QSet<QString> { "pass", "warning", "fail", "skipped", "error" }));
    }

    void selectsTheSyncFieldsWithOrganizationReadAll()
    {
        CheckContext ctx;
        const auto request = TenantSyncCheck().requests(ctx).first();
        QVERIFY(request.relativeUrl.startsWith(QStringLiteral("/organization?$select=")));
        QVERIFY(request.relativeUrl.contains(QStringLiteral("onPremisesLastSyncDateTime")));
        // User.Read reads only id, displayName and verifiedDomains of the organization.
        QCOMPARE(request.requiredScope, QStringLiteral("Organization.Read.All"));
        ctx.selfMode = true;
        QCOMPARE(
            TenantSyncCheck().requests(ctx).first().requiredScope, QStringLiteral("User.Read"));
    }
};

QTEST_GUILESS_MAIN(TestTenantSyncCheck)
#include "TestTenantSyncCheck.moc"
