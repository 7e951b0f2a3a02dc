// PKCE (RFC 7636) and the random values that guard a sign-in.
#include "core/auth/Pkce.h"

#include <QSet>
#include <QtTest>

using sspr::auth::Pkce;

class TestPkce : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendixBChallenge()
    {
        // RFC 7636 Appendix B: the 32 octets, their verifier and its S256 challenge.
        const unsigned char octets[]
            = { 116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212,
                  37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121 };
        const QByteArray verifier
            = QByteArray(reinterpret_cast<const char *>(octets), sizeof octets)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(verifier, QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        QCOMPARE(Pkce::challenge(verifier),
            QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void verifierShape()
    {
        for (int i = 0; i < 50; ++i) {
            const QByteArray verifier = Pkce::createVerifier();
            QCOMPARE(verifier.size(), 43);
            QVERIFY2(Pkce::isValidVerifier(verifier), verifier.constData());
        }
    }

    void verifierRules()
    {
        QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a'))); // s4.1: at least 43
        QVERIFY(Pkce::isValidVerifier(QByteArray(43, 'a')));
        QVERIFY(Pkce::isValidVerifier(QByteArray(128, '~')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a'))); // at most 128
        QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a') + '+')); // not unreserved
        QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a') + '=')); // no padding
    }

    void freshPerAttempt()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            seen.insert(Pkce::createVerifier());
            seen.insert(Pkce::randomToken());
        }
        QCOMPARE(seen.size(), 400);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "TestPkce.moc"
