#include "core/runtime/HeadlessSignIn.h"

#include "core/auth/SignIn.h"
#include "core/runtime/RuntimeEnvironment.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <functional>
#include <optional>

namespace sspr::runtime {

namespace {
// The sentences were HeadlessRun's before --bulk shared them: the context keeps their
// translations.
class Text {
    Q_DECLARE_TR_FUNCTIONS(HeadlessRun)
};

// Runs `start` and waits for the sign-in to end; the error, or nullopt once signed in.
std::optional<auth::AuthError> awaitSignIn(auth::SignIn *signIn, const std::function<void()> &start)
{
    QEventLoop loop;
    std::optional<auth::AuthError> failure;
    const auto ok = QObject::connect(signIn, &auth::SignIn::signedIn, &loop, &QEventLoop::quit);
    const auto bad = QObject::connect(
        signIn, &auth::SignIn::signInFailed, &loop, [&](const auth::AuthError &error) {
            failure = error;
            loop.quit();
        });
    start();
    if (signIn->state() != auth::SignIn::State::SignedIn && !failure)
        loop.exec();
    QObject::disconnect(ok);
    QObject::disconnect(bad);
    return failure;
}

// The demo tenant signs itself in once it listens; a real tenant: the remembered sign-in
// first, then a device code on stderr (no browser in a headless run).
bool signInImpl(RuntimeEnvironment &env, bool deviceCodeAfterFailure, QTextStream &err)
{
    auth::SignIn *signIn = env.signIn();
    QObject::connect(signIn, &auth::SignIn::notice, signIn,
        [&err](const QString &message) { err << message << Qt::endl; });
    if (env.isDemo()) {
        // Started by startDemoTenant(); again only if an earlier attempt already ended.
        const auto failure = awaitSignIn(signIn, [signIn] {
            if (signIn->state() == auth::SignIn::State::SignedOut)
                signIn->signInInteractive();
        });
        if (failure) {
            err << Text::tr("Sign-in to the demo tenant failed: %1").arg(failure->message)
                << Qt::endl;
            return false;
        }
        return true;
    }
    const bool remembered = !signIn->lastAccount().isEmpty();
    if (remembered) {
        const auto failure = awaitSignIn(signIn, [signIn] { signIn->signInSilently(); });
        if (!failure)
            return true;
        if (!deviceCodeAfterFailure) {
            err << Text::tr("The remembered sign-in did not work: %1\nSign in again with "
                            "--device-code.")
                       .arg(failure->message)
                << Qt::endl;
            return false;
        }
    }
    const auto shown = QObject::connect(
        signIn, &auth::SignIn::deviceCodeReady, signIn, [&err](const auth::DeviceCodeInfo &info) {
            err << (info.message.isEmpty()
                    ? Text::tr("To sign in, open %1 and enter the code %2.")
                          .arg(info.verificationUri.toString(), info.userCode)
                    : info.message)
                << Qt::endl;
        });
    const auto failure = awaitSignIn(signIn, [signIn] { signIn->signInWithDeviceCode(); });
    QObject::disconnect(shown);
    if (failure) {
        err << Text::tr("Sign-in failed: %1").arg(failure->message) << Qt::endl;
        return false;
    }
    return true;
}
} // namespace

bool signInWithoutWindow(RuntimeEnvironment &env, bool deviceCodeAfterFailure, QTextStream &err)
{
    return signInImpl(env, deviceCodeAfterFailure, err);
}

} // namespace sspr::runtime
