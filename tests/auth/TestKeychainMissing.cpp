// No Secret Service (a D-Bus address that leads nowhere): the sign-in still works in memory
// and says so once.
#include "SignInFixture.h"

#include "core/auth/KeychainSecretStore.h"

using namespace sspr;

class TestKeychainMissing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signsInAndNoticesOnce()
    {
        fixture::Authority authority;
        QVERIFY(authority.start());
        auth::KeychainSecretStore store;
        auth::SignIn signIn(&authority.network, &store);
        signIn.setConfig(authority.config());
        demo::DemoBrowser browser(&authority.network);
        connect(&signIn, &auth::SignIn::openBrowser, &browser, &demo::DemoBrowser::open);
        QSignalSpy notices(&signIn, &auth::SignIn::notice);

        signIn.signInInteractive();
        auth::AuthError error;
        QVERIFY2(fixture::waitForOutcome(signIn, &error), qPrintable(error.message));
        QVERIFY(signIn.isSignedIn());
        QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 1, 20000);
        QVERIFY(notices.first().first().toString().contains(QLatin1String("keychain")));
        QVERIFY(!store.isAvailable());

        // The session goes on in memory: tokens still come, and a second sign-in is silent
        // about the keychain.
        QString token;
        signIn.acquireToken({}, [&](const auth::TokenResult &r) { token = r.accessToken; });
        QTRY_VERIFY(!token.isEmpty());
        signIn.signInInteractive();
        QVERIFY(fixture::waitForOutcome(signIn, &error));
        QCOMPARE(notices.count(), 1);
    }
};

int main(int argc, char **argv)
{
    // Before anything touches D-Bus: the session bus "exists" but nobody listens.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sspr-doctor-test-bus");
    QCoreApplication app(argc, argv);
    TestKeychainMissing test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainMissing.moc"
