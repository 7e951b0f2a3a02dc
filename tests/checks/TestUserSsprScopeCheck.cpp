#include "CheckFixture.h"
#include "core/checks/UserSsprScopeCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestUserSsprScopeCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(UserSsprScopeCheck::checkId()); }
    void evaluate() { CheckFixtures::run(UserSsprScopeCheck()); }

    void fixturesCoverEveryOutcome()
    {
        // No warning is defined for this check (CHECKS.md): the policy either covers the
        // user or it does not.
        QCOMPARE(CheckFixtures::expectedStatuses(UserSsprScopeCheck::checkId()),
            (QSet<QString> { "pass", "fail", "skipped", "error" }));
    }

    void selfModeSendsNothing()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        QVERIFY(UserSsprScopeCheck().requests(ctx).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUserSsprScopeCheck)
#include "TestUserSsprScopeCheck.moc"
