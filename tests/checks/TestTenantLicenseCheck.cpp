#include "CheckFixture.h"
#include "core/checks/RequestTemplate.h"
#include "core/checks/TenantLicenseCheck.h"
#include "core/checks/UserAccountCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestTenantLicenseCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(TenantLicenseCheck::checkId()); }
    void evaluate() { CheckFixtures::run(TenantLicenseCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(TenantLicenseCheck::checkId()),
            (QSet<QString> { "pass", "warning", "fail", "skipped", "error" }));
    }

    void readsSkusUserLicencesAndTheUser()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        ctx.userObjectId = QStringLiteral("87d349ed-44d7-43e1-9a83-5f2406dee5bd");
        QStringList keys, urls;
        for (const auto &r : TenantLicenseCheck().requests(ctx)) {
            keys << r.key;
            urls << RequestTemplate::expand(r, ctx).relativeUrl;
        }
        QCOMPARE(
            keys, (QStringList { "subscribedSkus", UserAccountCheck::key(), "licenseDetails" }));
        QVERIFY(urls.contains("/users/87d349ed-44d7-43e1-9a83-5f2406dee5bd/licenseDetails"));
    }

    void selfModeReadsOnlyOwnLicences()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        const auto requests = TenantLicenseCheck().requests(ctx);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(RequestTemplate::expand(requests.last(), ctx).relativeUrl,
            QStringLiteral("/me/licenseDetails"));
        QCOMPARE(requests.last().requiredScope, QStringLiteral("User.Read"));
    }
};

QTEST_GUILESS_MAIN(TestTenantLicenseCheck)
#include "TestTenantLicenseCheck.moc"
