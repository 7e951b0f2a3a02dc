#include "CheckFixture.h"
#include "core/checks/AuthenticationMethods.h"
#include "core/checks/MethodsPolicyCheck.h"
#include "core/checks/RequestTemplate.h"
#include "core/checks/UserMethodsCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestUserMethodsCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(UserMethodsCheck::checkId()); }
    void evaluate() { CheckFixtures::run(UserMethodsCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(UserMethodsCheck::checkId()),
            (QSet<QString> { "pass", "warning", "fail", "skipped", "error" }));
    }

    void readsTheMethodsByObjectId()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        const auto requests = UserMethodsCheck().requests(ctx);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(
            requests.first().requiredScope, QStringLiteral("UserAuthenticationMethod.Read.All"));
        QVERIFY(RequestTemplate::needsUserId(RequestTemplate::expand(requests.first(), ctx)));
        ctx.userObjectId = QStringLiteral("87d349ed-44d7-43e1-9a83-5f2406dee5bd");
        QCOMPARE(RequestTemplate::expand(requests.first(), ctx).relativeUrl,
            QStringLiteral("/users/87d349ed-44d7-43e1-9a83-5f2406dee5bd/authentication/methods"));
    }

    void selfModeReadsMeWithTheSelfScope()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        const auto request = UserMethodsCheck().requests(ctx).first();
        QCOMPARE(request.requiredScope, QStringLiteral("UserAuthenticationMethod.Read"));
        QCOMPARE(RequestTemplate::expand(request, ctx).relativeUrl,
            QStringLiteral("/me/authentication/methods"));
    }

    void chinaCloudSendsNothing()
    {
        CheckContext ctx;
        ctx.cloudKey = QStringLiteral("china");
        QVERIFY(UserMethodsCheck().requests(ctx).isEmpty());
        QCOMPARE(MethodsPolicyCheck().requests(ctx).size(), 1);
    }

    void sharesTheRequestWithThePolicyCheck()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        const auto mine = UserMethodsCheck().requests(ctx).first();
        bool shared = false;
        for (const auto &theirs : MethodsPolicyCheck().requests(ctx))
            shared = shared || (theirs.key == mine.key && theirs == mine);
        QVERIFY(shared);
    }

    void classifiesPhonesByType()
    {
        const auto office = AuthenticationMethods::classify(
            { { "@odata.type", "#microsoft.graph.phoneAuthenticationMethod" },
                { "phoneType", "office" } });
        QVERIFY(office.ssprUsable);
        QCOMPARE(office.policyIds, QStringList { "Voice" });
        const auto alternate = AuthenticationMethods::classify(
            { { "@odata.type", "#microsoft.graph.phoneAuthenticationMethod" },
                { "phoneType", "alternateMobile" } });
        QVERIFY(!alternate.ssprUsable);
        const auto fido = AuthenticationMethods::classify(
            { { "@odata.type", "#microsoft.graph.fido2AuthenticationMethod" } });
        QVERIFY(!fido.ssprUsable);
        QCOMPARE(fido.kind, QStringLiteral("fido2"));
    }
};

QTEST_GUILESS_MAIN(TestUserMethodsCheck)
#include "TestUserMethodsCheck.moc"
