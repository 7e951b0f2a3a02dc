#include "CheckFixture.h"
#include "core/checks/GuidedQuestions.h"
#include "core/checks/TenantWritebackCheck.h"
#include "core/checks/UserAccountCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestTenantWritebackCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(TenantWritebackCheck::checkId()); }
    void evaluate() { CheckFixtures::run(TenantWritebackCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(TenantWritebackCheck::checkId()),
            (QSet<QString> { "pass", "warning", "fail", "skipped", "error" }));
    }

    void readsTheWritebackQuestionAndSharedUserRecord()
    {
        QCOMPARE(TenantWritebackCheck().questionIds(), QStringList { question::writeback });
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        ctx.now = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);
        const QList<sspr::graph::GraphRequest> requests = TenantWritebackCheck().requests(ctx);
        QCOMPARE(requests.size(), 3);
        QVERIFY(requests.at(0) == UserAccountCheck::request(ctx));
        QCOMPARE(requests.at(0).key, UserAccountCheck::key());
        QCOMPARE(
            requests.at(1).relativeUrl, QStringLiteral("/directory/onPremisesSynchronization"));
        QCOMPARE(requests.at(1).requiredScope,
            QStringLiteral("OnPremDirectorySynchronization.Read.All"));
    }

    void selfModeSendsNoAdminRequest()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        ctx.now = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);
        for (const sspr::graph::GraphRequest &request : TenantWritebackCheck().requests(ctx))
            QVERIFY2(!request.relativeUrl.startsWith(QLatin1String("/auditLogs"))
                    && !request.relativeUrl.startsWith(QLatin1String("/policies"))
                    && !request.relativeUrl.startsWith(QLatin1String("/directory")),
                qPrintable(request.relativeUrl));
    }
};

QTEST_GUILESS_MAIN(TestTenantWritebackCheck)
#include "TestTenantWritebackCheck.moc"
