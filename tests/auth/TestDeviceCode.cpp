// The device authorization grant (RFC 8628) against the scenario server's authority.
#include "FlakyRelay.h"
#include "SignInFixture.h"

#include "core/auth/AuthHttp.h"
#include "core/auth/DeviceCodeFlow.h"
#include "core/auth/OpenIdConfiguration.h"

#include <QElapsedTimer>

#include <limits>

using namespace sspr;
using fixture::waitForOutcome;

class TestDeviceCode : public QObject {
    Q_OBJECT

    fixture::Authority m_authority;
    std::unique_ptr<auth::MemorySecretStore> m_store;
    std::unique_ptr<auth::SignIn> m_signIn;

    void start(demo::AuthorityOptions options)
    {
        QVERIFY(m_authority.start(options));
        m_store = std::make_unique<auth::MemorySecretStore>();
        m_signIn = std::make_unique<auth::SignIn>(&m_authority.network, m_store.get());
        m_signIn->setConfig(m_authority.config());
    }

    // A DeviceCodeFlow request against the scenario authority; with a relay, the polls (the
    // token endpoint) go through it while the device code comes straight from the authority.
    auth::DeviceCodeFlow::Request flowRequest(const fixture::FlakyRelay *relay = nullptr) const
    {
        const auto endpoints = auth::OpenIdConfiguration::conventional(
            m_authority.server->authorityUrl(), QStringLiteral("organizations"));
        return { endpoints.deviceAuthorizationEndpoint,
            relay ? relay->relayed(endpoints.tokenEndpoint) : endpoints.tokenEndpoint,
            auth::AuthConfig::defaultClientId(),
            { QStringLiteral("User.Read"), QStringLiteral("offline_access") } };
    }

    int deviceGrants() const
    {
        return m_authority.server->tokenRequestCount(
            QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_signIn.reset();
        m_store.reset();
        m_authority.server.reset();
    }

    void approvedAfterPending()
    {
        demo::AuthorityOptions options;
        options.devicePendingPolls = 2;
        start(options);
        QSignalSpy ready(m_signIn.get(), &auth::SignIn::deviceCodeReady);
        m_signIn->signInWithDeviceCode();
        QCOMPARE(m_signIn->state(), auth::SignIn::State::WaitingForDeviceCode);
        auth::AuthError error;
        QVERIFY2(waitForOutcome(*m_signIn, &error), qPrintable(error.message));
        QCOMPARE(ready.count(), 1);
        const auto info = ready.first().first().value<auth::DeviceCodeInfo>();
        QVERIFY(!info.userCode.isEmpty());
        QVERIFY(info.verificationUri.isValid());
        QVERIFY(info.expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(deviceGrants(), 3); // two pending answers, then the tokens
        QCOMPARE(
            m_signIn->account().userPrincipalName, m_authority.server->demoAdminPrincipalName());
        QTRY_COMPARE(m_store->size(), 1);
    }

    void outcomes_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("code");
        QTest::newRow("declined") << int(demo::AuthorityOptions::DeviceOutcome::Decline)
                                  << "authorization_declined";
        QTest::newRow("expired") << int(demo::AuthorityOptions::DeviceOutcome::Expire)
                                 << "expired_token";
        QTest::newRow("bad code") << int(demo::AuthorityOptions::DeviceOutcome::BadCode)
                                  << "bad_verification_code";
    }

    void outcomes()
    {
        QFETCH(int, outcome);
        QFETCH(QString, code);
        demo::AuthorityOptions options;
        options.deviceOutcome = demo::AuthorityOptions::DeviceOutcome(outcome);
        options.devicePendingPolls = 1;
        start(options);
        m_signIn->signInWithDeviceCode();
        auth::AuthError error;
        QVERIFY(!waitForOutcome(*m_signIn, &error));
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.errorCodes.isEmpty());
        QCOMPARE(deviceGrants(), 2); // polling stopped at the final answer
        QVERIFY(!m_signIn->isSignedIn());
        QCOMPARE(m_signIn->state(), auth::SignIn::State::SignedOut);
    }

    void slowDownAddsFiveSeconds()
    {
        demo::AuthorityOptions options;
        options.deviceSlowDownPolls = 1;
        options.devicePendingPolls = 0;
        options.deviceIntervalSeconds = 1;
        start(options);
        auth::AuthHttp http(&m_authority.network, nullptr);
        auth::DeviceCodeFlow flow(&http);
        QSignalSpy polled(&flow, &auth::DeviceCodeFlow::polled);
        QSignalSpy tokens(&flow, &auth::DeviceCodeFlow::tokenReceived);
        QSignalSpy failed(&flow, &auth::DeviceCodeFlow::failed);
        flow.start(flowRequest());
        QVERIFY(polled.wait(10000));
        QCOMPARE(polled.first().first().toString(), QStringLiteral("slow_down"));
        QCOMPARE(flow.intervalSeconds(), 6); // RFC 8628 s3.5: interval + 5
        QElapsedTimer waited;
        waited.start();
        QVERIFY(tokens.wait(15000));
        QVERIFY2(waited.elapsed() >= 5500, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(flow.pollCount(), 2);
    }

    void hugeIntervalIsBounded()
    {
        // A reply's interval is bounded before it is multiplied into milliseconds (an
        // interval of INT_MAX seconds overflowed the timer's int and was undefined).
        demo::AuthorityOptions options;
        options.deviceIntervalSeconds = std::numeric_limits<int>::max();
        start(options);
        auth::AuthHttp http(&m_authority.network, nullptr);
        auth::DeviceCodeFlow flow(&http);
        QSignalSpy ready(&flow, &auth::DeviceCodeFlow::deviceCodeReady);
        flow.start(flowRequest());
        QVERIFY(ready.wait(10000));
        QCOMPARE(flow.intervalSeconds(), auth::DeviceCodeFlow::kMaxIntervalSeconds);
        QCOMPARE(flow.pollCount(), 0);
    }

    void networkErrorMidPollBacksOffAndCompletes()
    {
        // RFC 8628 s3.5: a poll that gets no HTTP answer is retried with a doubled interval;
        // the sign-in completes once the authority is reachable again.
        demo::AuthorityOptions options;
        options.devicePendingPolls = 1;
        options.deviceIntervalSeconds = 1;
        start(options);
        fixture::FlakyRelay relay(quint16(m_authority.server->authorityUrl().port()));
        QVERIFY(relay.listen(QHostAddress::LocalHost));
        auth::AuthHttp http(&m_authority.network, nullptr);
        auth::DeviceCodeFlow flow(&http);
        QSignalSpy polled(&flow, &auth::DeviceCodeFlow::polled);
        QSignalSpy tokens(&flow, &auth::DeviceCodeFlow::tokenReceived);
        QSignalSpy failed(&flow, &auth::DeviceCodeFlow::failed);
        flow.start(flowRequest(&relay));
        QVERIFY(polled.wait(10000));
        QCOMPARE(polled.first().first().toString(), QStringLiteral("network_error"));
        QVERIFY(relay.dropped >= 1);
        QVERIFY(flow.isRunning());
        QCOMPARE(flow.intervalSeconds(), 2); // doubled
        relay.dropping = false; // the network is back

        QVERIFY(tokens.wait(15000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(polled.count(), 2); // network_error, authorization_pending, then the tokens
        QCOMPARE(polled.at(1).first().toString(), QStringLiteral("authorization_pending"));
        QCOMPARE(deviceGrants(), 2); // the dropped poll never reached the authority
        QVERIFY(tokens.first().first().toByteArray().contains("access_token"));
    }

    void cancelStopsPolling()
    {
        demo::AuthorityOptions options;
        options.devicePendingPolls = 1000;
        start(options);
        QSignalSpy failed(m_signIn.get(), &auth::SignIn::signInFailed);
        m_signIn->signInWithDeviceCode();
        QTRY_VERIFY_WITH_TIMEOUT(deviceGrants() >= 1, 10000);
        m_signIn->cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<auth::AuthError>().code, QStringLiteral("cancelled"));
        const int polls = deviceGrants();
        // Two more intervals pass without a poll.
        QTest::qWait(2500);
        QCOMPARE(deviceGrants(), polls);
    }
};

QTEST_GUILESS_MAIN(TestDeviceCode)
#include "TestDeviceCode.moc"
