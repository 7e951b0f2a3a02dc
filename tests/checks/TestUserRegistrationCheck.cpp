#include "CheckFixture.h"
#include "core/checks/RequestTemplate.h"
#include "core/checks/UserRegistrationCheck.h"
#include "core/checks/UserSsprScopeCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestUserRegistrationCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(UserRegistrationCheck::checkId()); }
    void evaluate() { CheckFixtures::run(UserRegistrationCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(UserRegistrationCheck::checkId()),
            (QSet<QString> { "pass", "warning", "fail", "skipped", "error" }));
    }

    void readsTheRegistrationRecordByObjectId()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        const QList<sspr::graph::GraphRequest> requests = UserRegistrationCheck().requests(ctx);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().key, QStringLiteral("registration"));
        QCOMPARE(requests.first().requiredScope, QStringLiteral("AuditLog.Read.All"));
        // Not resolved yet: the id placeholder stays for the runner's second wave.
        QVERIFY(RequestTemplate::needsUserId(RequestTemplate::expand(requests.first(), ctx)));
        ctx.userObjectId = QStringLiteral("87d349ed-44d7-43e1-9a83-5f2406dee5bd");
        QCOMPARE(RequestTemplate::expand(requests.first(), ctx).relativeUrl,
            QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/"
                           "87d349ed-44d7-43e1-9a83-5f2406dee5bd"));
    }

    void sharesTheRequestWithTheScopeCheck()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        const auto mine = UserRegistrationCheck().requests(ctx).first();
        const auto theirs = UserSsprScopeCheck().requests(ctx).first();
        QCOMPARE(mine.key, theirs.key);
        QVERIFY(mine == theirs);
    }

    void selfModeSendsNothing()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        QVERIFY(UserRegistrationCheck().requests(ctx).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUserRegistrationCheck)
#include "TestUserRegistrationCheck.moc"
