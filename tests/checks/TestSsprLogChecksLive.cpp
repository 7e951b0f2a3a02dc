#include "core/auth/StaticTokenProvider.h"
// tenant.writeback, tenant.admin-sspr, user.sspr-audit and user.signin-errors through the real
// CheckRunner and GraphClient against the demo tenant: the filters they send must be ones the
// scenario server (and Graph) understand, and the shared audit request goes out once.
#include "core/checks/CheckRunner.h"
#include "core/checks/GuidedQuestions.h"
#include "core/checks/TenantAdminSsprCheck.h"
#include "core/checks/TenantWritebackCheck.h"
#include "core/checks/UserSigninErrorsCheck.h"
#include "core/checks/UserSsprAuditCheck.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace sspr;
using namespace sspr::checks;

namespace {

// A signed-in Graph without sign-in itself: the demo's fixed admin.
auth::AccountInfo demoAdmin()
{
    return { QStringLiteral("Avery Admin"), QStringLiteral("avery.admin@contoso-demo.example"),
        QStringLiteral("b5a1c2d3-4e5f-4a6b-9c8d-0e1f2a3b4c5d"),
        QStringLiteral("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") };
}

QString field(const Finding &finding, const QString &name)
{
    for (const EvidenceItem &item : finding.evidence) {
        for (const auto &[key, value] : item.fields) {
            if (key == name)
                return value;
        }
    }
    return {};
}

} // namespace

class TestSsprLogChecksLive : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<demo::ScenarioServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<auth::StaticTokenProvider> tokens;
    std::unique_ptr<graph::GraphClient> graph;

    QHash<QString, Finding> run(
        const QString &scenario, CheckContext ctx, const Evidence &given = {})
    {
        const auto error = server->loadScenario(scenario);
        if (error)
            qWarning() << *error;
        server->resetLogs();
        ctx.userKey = server->demoUserPrincipalName();
        ctx.signedIn = true;
        ctx.grantedScopes = tokens->grantedScopes();
        ctx.now = QDateTime::currentDateTimeUtc();
        std::vector<std::unique_ptr<Check>> checks;
        checks.push_back(std::make_unique<TenantWritebackCheck>());
        checks.push_back(std::make_unique<TenantAdminSsprCheck>());
        checks.push_back(std::make_unique<UserSsprAuditCheck>());
        checks.push_back(std::make_unique<UserSigninErrorsCheck>());
        CheckRunner runner(graph.get());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(std::move(checks), ctx, given);
        QHash<QString, Finding> byId;
        if (!finished.wait(30000))
            return byId;
        for (const Finding &finding : runner.findings())
            byId.insert(finding.checkId, finding);
        return byId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Finding>();
        qRegisterMetaType<QList<Finding>>();
        server = std::make_unique<demo::ScenarioServer>();
        network = std::make_unique<QNetworkAccessManager>();
        tokens = std::make_unique<auth::StaticTokenProvider>(demoAdmin(),
            QStringList { QStringLiteral("User.Read.All"), QStringLiteral("AuditLog.Read.All"),
                QStringLiteral("Policy.Read.All") });
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        graph = std::make_unique<graph::GraphClient>(network.get(), tokens.get());
        graph->setBaseUrl(server->graphBaseUrl());
    }

    void healthyPassesAndSharesTheAuditRequest()
    {
        const auto f = run(QStringLiteral("healthy"), {});
        QCOMPARE(f.size(), 4);
        for (const Finding &finding : f)
            QVERIFY2(finding.status == Status::Pass,
                qPrintable(finding.checkId + u": " + finding.summary + u" / " + finding.details));
        const QStringList items = server->batchItemLog();
        QCOMPARE(items.filter(QStringLiteral("/auditLogs/directoryAudits")).size(), 1);
        QCOMPARE(items.filter(QStringLiteral("/auditLogs/signIns")).size(), 1);
        QCOMPARE(items.filter(QStringLiteral("/users/")).size(), 1);
        // The 7-day window keeps the 3-day-old reset and drops the 60-day-old registration.
        QCOMPARE(field(f.value(UserSsprAuditCheck::checkId()), QStringLiteral("events")),
            QStringLiteral("1"));
    }

    void longerLookBackReadsOlderEvents()
    {
        CheckContext ctx;
        ctx.lookbackDays = 90;
        const auto f = run(QStringLiteral("healthy"), ctx);
        QCOMPARE(field(f.value(UserSsprAuditCheck::checkId()), QStringLiteral("events")),
            QStringLiteral("2"));
    }

    void blockedAndOnPremisesFailuresFail()
    {
        auto f = run(QStringLiteral("sspr-blocked"), {});
        QCOMPARE(f.value(UserSsprAuditCheck::checkId()).status, Status::Fail);
        QVERIFY(f.value(UserSsprAuditCheck::checkId()).summary.contains(u"blocked"));
        Evidence given;
        given.answers.insert(question::writeback, QStringLiteral("yes"));
        f = run(QStringLiteral("writeback-onprem-failure"), {}, given);
        QCOMPARE(f.value(TenantWritebackCheck::checkId()).status, Status::Fail);
        QCOMPARE(f.value(UserSsprAuditCheck::checkId()).status, Status::Fail);
    }

    void pastedCorrelationIdIsLookedUpAndHighlighted()
    {
        CheckContext ctx;
        ctx.correlationId = QStringLiteral("c0ffee00-1234-4abc-9def-0123456789ab");
        const auto f = run(QStringLiteral("signin-120021"), ctx);
        const Finding signins = f.value(UserSigninErrorsCheck::checkId());
        QCOMPARE(signins.status, Status::Fail);
        QVERIFY(field(signins, QStringLiteral("correlationId match")).contains(u"120021"));
        QVERIFY(server->batchItemLog().join(u'\n').contains(
            QStringLiteral("correlationId eq 'c0ffee00-1234-4abc-9def-0123456789ab'")));
    }

    void missingPremiumLicenceSkipsSignIns()
    {
        const auto f = run(QStringLiteral("no-premium-signins"), {});
        QCOMPARE(f.value(UserSigninErrorsCheck::checkId()).status, Status::Skipped);
        QVERIFY(f.value(UserSigninErrorsCheck::checkId()).summary.contains(u"P1 or P2"));
    }

    void adminWithAdminSsprOffWarns()
    {
        const auto f = run(QStringLiteral("admin-sspr-off"), {});
        QCOMPARE(f.value(TenantAdminSsprCheck::checkId()).status, Status::Warning);
    }
};

QTEST_GUILESS_MAIN(TestSsprLogChecksLive)
#include "TestSsprLogChecksLive.moc"
