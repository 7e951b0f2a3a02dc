// The sign-in's defences against tokens and stores it should not trust: id_token audience and
// issuer (OIDC Core s3.1.3.7), a keychain that never answers, and stored refresh tokens that
// are spent or were stored under settings that changed since.
#include "SignInFixture.h"

using namespace sspr;
using fixture::waitForOutcome;

namespace {

// A keyring that is locked and whose unlock prompt nobody answers: reads never complete.
class SilentSecretStore : public auth::SecretStore {
public:
    int reads = 0;
    void read(const QString &, ReadCallback) override { ++reads; }
    void write(const QString &, const QString &, WriteCallback) override { }
    void remove(const QString &, WriteCallback) override { }
    bool isAvailable() const override { return true; }
};

} // namespace

class TestSignInSafety : public QObject {
    Q_OBJECT

    fixture::Authority m_authority;
    std::unique_ptr<auth::MemorySecretStore> m_store;
    std::unique_ptr<auth::SignIn> m_signIn;
    std::unique_ptr<demo::DemoBrowser> m_browser;

    int refreshGrants() const
    {
        return m_authority.server->tokenRequestCount(QStringLiteral("refresh_token"));
    }

    bool signInInteractive(auth::AuthError *error = nullptr)
    {
        m_signIn->signInInteractive();
        return waitForOutcome(*m_signIn, error);
    }

    void setOptions(const std::function<void(demo::AuthorityOptions &)> &change)
    {
        demo::AuthorityOptions options = m_authority.server->authorityOptions();
        change(options);
        m_authority.server->setAuthorityOptions(options);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_authority.start());
        m_store = std::make_unique<auth::MemorySecretStore>();
        m_signIn = std::make_unique<auth::SignIn>(&m_authority.network, m_store.get());
        m_signIn->setConfig(m_authority.config());
        m_browser = std::make_unique<demo::DemoBrowser>(&m_authority.network);
        connect(
            m_signIn.get(), &auth::SignIn::openBrowser, m_browser.get(), &demo::DemoBrowser::open);
    }

    void cleanup()
    {
        m_browser.reset();
        m_signIn.reset();
        m_store.reset();
        m_authority.server.reset();
    }

    void idTokenForAnotherAudienceIsRefused()
    {
        setOptions([](demo::AuthorityOptions &o) {
            o.idTokenAudience = QStringLiteral("00000000-0000-0000-0000-0000000000aa");
        });
        auth::AuthError error;
        QVERIFY(!signInInteractive(&error));
        QCOMPARE(error.code, QStringLiteral("invalid_id_token"));
        QVERIFY2(error.message.contains(QLatin1String("00000000-0000-0000-0000-0000000000aa")),
            qPrintable(error.message));
        QVERIFY(!m_signIn->isSignedIn());
        QCOMPARE(m_store->size(), 0);
    }

    void idTokenFromAnotherIssuerIsRefused()
    {
        setOptions([](demo::AuthorityOptions &o) {
            o.idTokenIssuer = QStringLiteral("https://evil.example/tenant/v2.0");
        });
        auth::AuthError error;
        QVERIFY(!signInInteractive(&error));
        QCOMPARE(error.code, QStringLiteral("invalid_id_token"));
        QVERIFY2(error.message.contains(QLatin1String("evil.example")), qPrintable(error.message));
        QVERIFY(!m_signIn->isSignedIn());
    }

    void tenantTemplateIssuerIsAccepted()
    {
        // The "organizations" discovery document says {tenantid}; the token names the tenant.
        QVERIFY(signInInteractive());
        QCOMPARE(m_signIn->account().tenantId, m_authority.server->demoTenantId());
    }

    void lockedKeychainTimesOut()
    {
        SilentSecretStore store;
        auth::SignIn signIn(&m_authority.network, &store);
        auth::AuthConfig config = m_authority.config();
        config.keychainTimeoutMs = 300;
        signIn.setConfig(config);
        signIn.setLastAccount(QStringLiteral("oid.tid"));
        signIn.signInSilently();
        QCOMPARE(signIn.state(), auth::SignIn::State::Refreshing);
        auth::AuthError error;
        QVERIFY(!waitForOutcome(signIn, &error, 10000));
        QCOMPARE(error.code, QStringLiteral("no_account"));
        QVERIFY2(error.message.contains(QLatin1String("keychain")), qPrintable(error.message));
        QCOMPARE(store.reads, 1);
        QCOMPARE(signIn.state(), auth::SignIn::State::SignedOut);
        QCOMPARE(refreshGrants(), 0);
    }

    void browserSignInAfterAHangingKeychainIsNotCutShort()
    {
        SilentSecretStore store;
        auth::SignIn signIn(&m_authority.network, &store);
        auth::AuthConfig config = m_authority.config();
        config.keychainTimeoutMs = 300;
        signIn.setConfig(config);
        connect(&signIn, &auth::SignIn::openBrowser, m_browser.get(), &demo::DemoBrowser::open);
        QSignalSpy failed(&signIn, &auth::SignIn::signInFailed);
        signIn.setLastAccount(QStringLiteral("oid.tid"));
        signIn.signInSilently();
        signIn.signInInteractive(); // the person gives up waiting and signs in
        auth::AuthError error;
        QVERIFY2(waitForOutcome(signIn, &error), qPrintable(error.message));
        QVERIFY(!failed.wait(600)); // the keychain timer does not fire afterwards
        QCOMPARE(signIn.state(), auth::SignIn::State::SignedIn);
    }

    void signOutDeletesTheEntryStoredEarlier()
    {
        QVERIFY(signInInteractive());
        QTRY_COMPARE(m_store->size(), 1);
        // The settings change after the token was stored (another tenant typed in): the
        // entry to delete is still the one written.
        auth::AuthConfig config = m_signIn->config();
        config.tenant = m_authority.server->demoTenantId();
        m_signIn->setConfig(config);
        m_signIn->signOut();
        QTRY_COMPARE(m_store->size(), 0);
    }

    void spentRefreshTokenIsDeleted()
    {
        QSignalSpy remembered(m_signIn.get(), &auth::SignIn::lastAccountChanged);
        QVERIFY(signInInteractive());
        QTRY_COMPARE(m_store->size(), 1);
        const QString account = remembered.first().first().toString();
        m_authority.server->revokeRefreshTokens();

        auth::SignIn next(&m_authority.network, m_store.get());
        next.setConfig(m_authority.config());
        next.setLastAccount(account);
        next.signInSilently();
        auth::AuthError error;
        QVERIFY(!waitForOutcome(next, &error));
        QCOMPARE(error.code, QStringLiteral("invalid_grant"));
        QTRY_COMPARE(m_store->size(), 0);

        // The next run asks for a sign-in instead of failing the same way again.
        next.signInSilently();
        QVERIFY(!waitForOutcome(next, &error));
        QCOMPARE(error.code, QStringLiteral("no_account"));
        QCOMPARE(refreshGrants(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSignInSafety)
#include "TestSignInSafety.moc"
