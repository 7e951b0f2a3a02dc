#include "CheckFixture.h"
#include "core/checks/TenantAdminSsprCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestTenantAdminSsprCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(TenantAdminSsprCheck::checkId()); }
    void evaluate() { CheckFixtures::run(TenantAdminSsprCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(TenantAdminSsprCheck::checkId()),
            (QSet<QString> { "pass", "warning", "skipped", "error" }));
    }

    void selfModeSendsNoAdminRequest()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        ctx.now = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);
        for (const sspr::graph::GraphRequest &request : TenantAdminSsprCheck().requests(ctx))
            QVERIFY2(!request.relativeUrl.startsWith(QLatin1String("/auditLogs"))
                    && !request.relativeUrl.startsWith(QLatin1String("/policies"))
                    && !request.relativeUrl.startsWith(QLatin1String("/directory")),
                qPrintable(request.relativeUrl));
    }
};

QTEST_GUILESS_MAIN(TestTenantAdminSsprCheck)
#include "TestTenantAdminSsprCheck.moc"
