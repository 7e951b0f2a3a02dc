// The refresh token's homes: the in-memory store and the OS keychain (Secret Service under
// scripts/test.sh: dbus-run-session with gnome-keyring).
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/MemorySecretStore.h"

#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace sspr::auth;

namespace {
struct Outcome {
    bool done = false;
    bool ok = false;
    std::optional<QString> value;
    QString problem;
};

Outcome write(SecretStore &store, const QString &key, const QString &secret)
{
    Outcome o;
    store.write(key, secret, [&](bool stored, const QString &problem) {
        o = { true, stored, std::nullopt, problem };
    });
    (void)QTest::qWaitFor([&] { return o.done; }, 20000); // callers check o.done
    return o;
}

Outcome read(SecretStore &store, const QString &key)
{
    Outcome o;
    store.read(key, [&](std::optional<QString> value, const QString &problem) {
        o = { true, value.has_value(), value, problem };
    });
    (void)QTest::qWaitFor([&] { return o.done; }, 20000); // callers check o.done
    return o;
}

Outcome remove(SecretStore &store, const QString &key)
{
    Outcome o;
    store.remove(key, [&](bool removed, const QString &problem) {
        o = { true, removed, std::nullopt, problem };
    });
    (void)QTest::qWaitFor([&] { return o.done; }, 20000); // callers check o.done
    return o;
}

void roundTrip(SecretStore &store, const QString &key)
{
    const QString secret = QStringLiteral("0.AXo+secret/") + QUuid::createUuid().toString();
    const Outcome written = write(store, key, secret);
    QVERIFY(written.done);
    QVERIFY2(written.ok, qPrintable(written.problem));
    const Outcome back = read(store, key);
    QVERIFY(back.done);
    QCOMPARE(back.value, std::optional<QString>(secret));
    const Outcome removed = remove(store, key);
    QVERIFY(removed.ok);
    const Outcome gone = read(store, key);
    QVERIFY(gone.done);
    QVERIFY(!gone.value.has_value());
    QVERIFY(gone.problem.isEmpty()); // "not found" is no problem
}
} // namespace

class TestSecretStores : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void memoryStore()
    {
        MemorySecretStore store;
        roundTrip(store, QStringLiteral("refresh-token|global|organizations|client|a.b"));
        QCOMPARE(store.size(), 0);
    }

    void callbacksComeFromTheEventLoop()
    {
        MemorySecretStore store;
        bool called = false;
        store.read(QStringLiteral("k"), [&](std::optional<QString>, QString) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void osKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run through scripts/test.sh for the Secret Service test.");
        KeychainSecretStore store;
        const QString key = QStringLiteral("test|") + QUuid::createUuid().toString(QUuid::Id128);
        const Outcome probe = write(store, key, QStringLiteral("probe"));
        QVERIFY(probe.done);
        if (!probe.ok && !store.isAvailable())
            QSKIP(qPrintable(QStringLiteral("No Secret Service here: ") + probe.problem));
        QVERIFY2(probe.ok, qPrintable(probe.problem));
        roundTrip(store, key);
        QVERIFY(store.isAvailable());
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "TestSecretStores.moc"
