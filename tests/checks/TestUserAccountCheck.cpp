#include "CheckFixture.h"
#include "core/checks/RequestTemplate.h"
#include "core/checks/UserAccountCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestUserAccountCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(UserAccountCheck::checkId()); }
    void evaluate() { CheckFixtures::run(UserAccountCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(UserAccountCheck::checkId()),
            (QSet<QString> { "pass", "warning", "fail", "skipped", "error" }));
    }

    void selectsEveryFieldItReads()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        const QList<sspr::graph::GraphRequest> requests = UserAccountCheck().requests(ctx);
        QCOMPARE(requests.size(), 1);
        const sspr::graph::GraphRequest sent = RequestTemplate::expand(requests.first(), ctx);
        QCOMPARE(sent.key, QStringLiteral("user"));
        QCOMPARE(sent.requiredScope, QStringLiteral("User.Read.All"));
        QCOMPARE(sent.relativeUrl,
            QStringLiteral("/users/adele.vance@contoso.com?$select=id,userPrincipalName,"
                           "displayName,accountEnabled,userType,onPremisesSyncEnabled,"
                           "lastPasswordChangeDateTime,passwordPolicies,createdDateTime"));
    }

    void selfModeReadsMe()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        const sspr::graph::GraphRequest sent
            = RequestTemplate::expand(UserAccountCheck().requests(ctx).first(), ctx);
        QVERIFY2(sent.relativeUrl.startsWith(QLatin1String("/me?$select=id,")),
            qPrintable(sent.relativeUrl));
        QCOMPARE(sent.requiredScope, QStringLiteral("User.Read"));
    }

    void encodesGuestPrincipalNames()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("megan_fabrikam.com#EXT#@contoso.onmicrosoft.com");
        const sspr::graph::GraphRequest sent
            = RequestTemplate::expand(UserAccountCheck().requests(ctx).first(), ctx);
        QVERIFY2(sent.relativeUrl.startsWith(
                     QLatin1String("/users/megan_fabrikam.com%23EXT%23@contoso.onmicrosoft.com?")),
            qPrintable(sent.relativeUrl));
    }

    void usesTheObjectIdWhenTyped()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("{87D349ED-44D7-43E1-9A83-5F2406DEE5BD}");
        const sspr::graph::GraphRequest sent
            = RequestTemplate::expand(UserAccountCheck().requests(ctx).first(), ctx);
        QVERIFY2(sent.relativeUrl.startsWith(
                     QLatin1String("/users/87d349ed-44d7-43e1-9a83-5f2406dee5bd?")),
            qPrintable(sent.relativeUrl));
    }
};

QTEST_GUILESS_MAIN(TestUserAccountCheck)
#include "TestUserAccountCheck.moc"
