// SecretRedaction (text from outside: Graph messages, pasted errors, audit reasons) knows every
// secret shape the trace's Redactor knows, and leaves prose alone.
#include "core/auth/SecretRedaction.h"

#include <QtTest>

using sspr::auth::SecretRedaction;

class TestSecretRedaction : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void redacts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        // FAKE test data throughout.
        QTest::newRow("bearer") << "Authorization: Bearer demo.0f3a9c5b7d1e2f40"
                                << "demo.0f3a9c5b7d1e2f40";
        QTest::newRow("jwt") << "raw eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJncmFwaCJ9.c2ln end"
                             << "eyJhdWQiOiJncmFwaCJ9";
        QTest::newRow("access_token=") << "x?access_token=ya29.SECRET&y=1"
                                       << "ya29.SECRET";
        QTest::newRow("code=") << "redirect /?code=0.AXoA-SECRETCODE&state=abc"
                               << "0.AXoA-SECRETCODE";
        QTest::newRow("code_verifier=") << "code_verifier=Vv3rif1erSECRET&x=1"
                                        << "Vv3rif1erSECRET";
        QTest::newRow("device_code=") << "grant device_code=DAQABAAEAAAD-SECRET"
                                      << "DAQABAAEAAAD-SECRET";
        QTest::newRow("password=") << "login password=Hunter2!x&user=a"
                                   << "Hunter2!x";
        QTest::newRow("json refresh_token")
            << "reply {\"refresh_token\":\"0.ARwA6WgJ-opaque-SECRET\",\"scope\":\"User.Read\"}"
            << "0.ARwA6WgJ-opaque-SECRET";
        QTest::newRow("json device_code") << "{\"device_code\": \"DAQAB-opaque-SECRET\"}"
                                          << "DAQAB-opaque-SECRET";
        QTest::newRow("client_secret=") << "client_secret=abc~SECRET.value"
                                        << "abc~SECRET.value";
    }

    void redacts()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = SecretRedaction::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("[redacted]")), qPrintable(out));
    }

    void keepsProseAndNeighbours()
    {
        QCOMPARE(SecretRedaction::redact(QStringLiteral("The Bearer token has expired.")),
            QStringLiteral("The Bearer token has expired."));
        QCOMPARE(SecretRedaction::redact(QStringLiteral("x?access_token=ya29.S&x=1&state=ok")),
            QStringLiteral("x?access_token=[redacted]&x=1&state=ok"));
        // Graph's error "code" in JSON is evidence, not a secret.
        const QString graph
            = QStringLiteral("{\"code\":\"InvalidAuthenticationToken\",\"message\":\"no\"}");
        QCOMPARE(SecretRedaction::redact(graph), graph);
        QCOMPARE(SecretRedaction::redact(QStringLiteral("AADSTS120021: partner service failed")),
            QStringLiteral("AADSTS120021: partner service failed"));
    }
};

QTEST_GUILESS_MAIN(TestSecretRedaction)
#include "TestSecretRedaction.moc"
