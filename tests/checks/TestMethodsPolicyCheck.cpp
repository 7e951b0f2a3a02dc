#include "CheckFixture.h"
#include "core/checks/MethodsPolicyCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestMethodsPolicyCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(MethodsPolicyCheck::checkId()); }
    void evaluate() { CheckFixtures::run(MethodsPolicyCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(MethodsPolicyCheck::checkId()),
            (QSet<QString> { "pass", "warning", "fail", "skipped", "error" }));
    }

    void asksForThePolicyAndTheUsersMethods()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        const auto requests = MethodsPolicyCheck().requests(ctx);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(
            requests.first().relativeUrl, QStringLiteral("/policies/authenticationMethodsPolicy"));
        QCOMPARE(
            requests.first().requiredScope, QStringLiteral("Policy.Read.AuthenticationMethod"));
    }

    void selfModeSendsNothing()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        QVERIFY(MethodsPolicyCheck().requests(ctx).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMethodsPolicyCheck)
#include "TestMethodsPolicyCheck.moc"
