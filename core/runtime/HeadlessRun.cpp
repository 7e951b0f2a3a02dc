#include "core/runtime/HeadlessRun.h"

#include "core/playbook/Diagnosis.h"
#include "core/report/SessionJson.h"
#include "core/report/TextSummary.h"
#include "core/runtime/RuntimeEnvironment.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSaveFile>

namespace sspr::runtime {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(HeadlessRun)
};

constexpr int kExitError = 2;

bool writeJson(const QString &path, const report::Session &session, QString *problem)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report::SessionJson::toBytes(session)) < 0
        || !file.commit()) {
        *problem = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

int HeadlessRun::run(const AppOptions &options, QTextStream &out, QTextStream &err)
{
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
    if (!env->tokens())
        err << Text::tr("Not signed in: checks that need Microsoft Graph are skipped. Use --demo "
                        "to try the built-in demo tenant.")
            << Qt::endl;

    playbook::DiagnosisInput input;
    input.errorText = *errorText;
    input.selfMode = options.selfMode;
    input.userKey = options.userKey.isEmpty() ? env->defaultUserKey() : options.userKey;
    input.source = env->sourceLabel();
    if (!input.selfMode && input.userKey.isEmpty()) {
        err << Text::tr("Name the affected user with --user UPN (or use --self).") << Qt::endl;
        return 3;
    }

    playbook::Diagnosis diagnosis(env->graph(), env->tokens());
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
    out.flush();
    if (!options.jsonPath.isEmpty() && !writeJson(options.jsonPath, session, &problem)) {
        err << problem << Qt::endl;
        return kExitError;
    }
    return session.exitCode();
}

} // namespace sspr::runtime
