// Scopes per persona: self mode asks two Graph scopes; IT mode what its checks declare.
#include "core/checks/CheckRegistry.h"
#include "core/playbook/Diagnosis.h"
#include "core/runtime/AppSettings.h"
#include "core/runtime/ScopePlan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sspr;
using runtime::ScopePlan;

class TestScopePlan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void selfModeAsksOnlyItsOwnScopes()
    {
        QCOMPARE(ScopePlan::forPersona(true, QString()),
            QStringList({ "User.Read", "UserAuthenticationMethod.Read", "openid", "profile",
                "offline_access" }));
        QCOMPARE(ScopePlan::forPersona(true, QStringLiteral("AADSTS120021")),
            ScopePlan::forPersona(true, QString()));
    }

    void itModeAsksWhatThePlannedChecksDeclare()
    {
        const QString error
            = QStringLiteral("AADSTS120021: PartnerServiceSsprInternalServiceError");
        const QStringList scopes = ScopePlan::forPersona(false, error);
        QStringList ids;
        for (const auto &[id, title] : playbook::Diagnosis::plannedChecks(error))
            ids << id;
        QVERIFY(!ids.isEmpty());
        checks::CheckContext ctx;
        ctx.userKey = QStringLiteral("{user}");
        ctx.signedIn = true;
        QSet<QString> expected;
        for (const auto &check : checks::CheckRegistry::create(ids)) {
            for (const auto &request : check->requests(ctx)) {
                if (!request.requiredScope.isEmpty())
                    expected.insert(request.requiredScope);
            }
        }
        QVERIFY(!expected.isEmpty());
        for (const QString &scope : expected)
            QVERIFY2(scopes.contains(scope), qPrintable(scope));
        for (const char *oidc : { "openid", "profile", "offline_access" })
            QVERIFY(scopes.contains(QLatin1String(oidc)));
        // Nothing but those: least privilege.
        QCOMPARE(scopes.size(), int(expected.size()) + 3);
        QCOMPARE(QSet<QString>(scopes.begin(), scopes.end()).size(), scopes.size());
    }

    void everyPersonaCoversBoth()
    {
        const QStringList all = ScopePlan::forEveryPersona();
        for (const QString &scope : ScopePlan::forPersona(true, QString()))
            QVERIFY2(all.contains(scope), qPrintable(scope));
        for (const QString &scope : ScopePlan::forPersona(false, QString()))
            QVERIFY2(all.contains(scope), qPrintable(scope));
    }

    void settingsRoundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            runtime::AppSettings settings(path);
            QCOMPARE(settings.cloudKey(), QStringLiteral("global"));
            QCOMPARE(settings.tenant(), QStringLiteral("organizations"));
            QVERIFY(settings.rememberSignIn());
            settings.setCloudKey(QStringLiteral("usgov-gcch"));
            settings.setTenant(QStringLiteral("contoso.example"));
            settings.setClientId(QStringLiteral("3f0a0d4c-0000-4000-8000-000000000001"));
            settings.setRememberSignIn(false);
            settings.setLastAccount(QStringLiteral("11111111-aaaa.22222222-bbbb"));
            settings.setWindowGeometry(QByteArrayLiteral("geom"));
            settings.sync();
        }
        runtime::AppSettings again(path);
        QCOMPARE(again.cloudKey(), QStringLiteral("usgov-gcch"));
        QCOMPARE(again.tenant(), QStringLiteral("contoso.example"));
        QCOMPARE(again.clientId(), QStringLiteral("3f0a0d4c-0000-4000-8000-000000000001"));
        QVERIFY(!again.rememberSignIn());
        QCOMPARE(again.lastAccount(), QStringLiteral("11111111-aaaa.22222222-bbbb"));
        QCOMPARE(again.windowGeometry(), QByteArrayLiteral("geom"));
        again.setLastAccount(QString());
        again.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("lastAccount"));
        QVERIFY(!text.toLower().contains("token"));
    }
};

QTEST_GUILESS_MAIN(TestScopePlan)
#include "TestScopePlan.moc"
