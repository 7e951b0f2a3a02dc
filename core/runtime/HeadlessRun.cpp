#include "core/runtime/HeadlessRun.h"

#include "core/auth/SignIn.h"
#include "core/checks/GuidedQuestions.h"
#include "core/playbook/Diagnosis.h"
#include "core/report/ReportFile.h"
#include "core/report/ReportWriter.h"
#include "core/report/SessionJson.h"
#include "core/report/TextSummary.h"
#include "core/runtime/HeadlessSignIn.h"
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
    if (!signInWithoutWindow(*env, options.deviceCode, err))
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
        written(Text::tr("session", "the --json file's name in \"Saved the %1 report\""),
            options.jsonPath,
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
