#include "core/runtime/HeadlessRun.h"

#include "core/auth/SignIn.h"
#include "core/checks/GuidedQuestions.h"
#include "core/playbook/Diagnosis.h"
#include "core/report/ReportFile.h"
#include "core/report/ReportWriter.h"
#include "core/report/SessionJson.h"
#include "core/report/TextSummary.h"
#include "core/runtime/RuntimeEnvironment.h"
#include "core/trace/HttpTrace.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <functional>
#include <optional>

namespace sspr::runtime {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(HeadlessRun)
};

constexpr int kExitError = 2;
constexpr int kExitUsage = 3;

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
bool signInHeadless(RuntimeEnvironment &env, const AppOptions &options, QTextStream &err)
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
        if (!options.deviceCode) {
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

int HeadlessRun::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
    // Usage first, before any file is read or anything contacted: a real tenant needs the
    // user named (the demo tenant has its scenario's affected user).
    if (!options.selfMode && options.userKey.isEmpty() && !options.demo) {
        err << Text::tr("Name the affected user with --user UPN (or use --self).") << Qt::endl;
        return kExitUsage;
    }
    // A file named on the command line that cannot be read is an error (2), like a report
    // that cannot be written; 3 is only for a command line that does not parse.
    QString problem;
    const auto errorText = readErrorText(options, &problem);
    if (!errorText) {
        err << problem << Qt::endl;
        return kExitError;
    }
    const auto env = RuntimeEnvironment::create(options, &problem);
    if (!env) {
        err << problem << Qt::endl;
        return kExitError;
    }

    playbook::DiagnosisInput input;
    input.errorText = *errorText;
    input.selfMode = options.selfMode;
    input.userKey = options.userKey.isEmpty() ? env->defaultUserKey() : options.userKey;
    input.source = env->sourceLabel();
    input.answers = options.answers; // --answer ID=VALUE
    for (auto it = options.answers.cbegin(); it != options.answers.cend(); ++it) {
        if (!checks::GuidedQuestions::byId(it.key()))
            err << Text::tr("--answer: there is no question \"%1\"; the answer is only recorded.")
                       .arg(it.key())
                << Qt::endl;
    }
    input.lookbackDays = options.lookbackDays; // --days N
    if (!options.cloudKey.isEmpty())
        input.cloudKey = options.cloudKey;
    if (!input.selfMode && input.userKey.isEmpty()) {
        err << Text::tr("Name the affected user with --user UPN (or use --self).") << Qt::endl;
        return kExitUsage;
    }
    if (!signInHeadless(*env, options, err))
        return kExitError;

    playbook::Diagnosis diagnosis(env->graph(), env->tokens());
    diagnosis.setProbeRunner(env->probes());
    QEventLoop loop;
    report::Session session;
    QObject::connect(
        &diagnosis, &playbook::Diagnosis::finished, &loop, [&](const report::Session &s) {
            session = s;
            loop.quit();
        });
    diagnosis.start(input);
    if (diagnosis.isRunning())
        loop.exec();
    else
        session = diagnosis.session();

    out << report::TextSummary::render(session);
    // --json FILE (the session as saved) and --report FORMAT:PATH, repeatable: every format
    // from the same session and trace, each written atomically (ReportFile, QSaveFile).
    bool reportsWritten = true;
    const auto written
        = [&](const QString &format, const QString &path, const std::optional<QString> &failure) {
              if (failure) {
                  err << *failure << Qt::endl;
                  reportsWritten = false;
                  return;
              }
              out << Text::tr("Saved the %1 report: %2").arg(format, QDir::toNativeSeparators(path))
                  << Qt::endl;
          };
    if (!options.jsonPath.isEmpty())
        written(QStringLiteral("session"), options.jsonPath,
            report::ReportFile::save(options.jsonPath, report::SessionJson::toBytes(session)));
    for (const auto &[format, path] : options.reports)
        written(format, path,
            report::ReportWriter::write(format, path, session, env->trace()->entries()));
    out.flush();
    if (!reportsWritten)
        return kExitError;
    return session.exitCode();
}

} // namespace sspr::runtime
