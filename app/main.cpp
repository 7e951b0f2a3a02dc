// sspr-doctor: picks the wizard or the headless run. Everything else lives in core/ and ui/.
#include "core/demo/ScenarioServer.h"
#include "core/runtime/AppOptions.h"
#include "core/runtime/HeadlessRun.h"
#include "core/runtime/RuntimeEnvironment.h"
#include "ui/WizardWindow.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace sspr;

namespace {
constexpr int kExitUsage = 3;

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return args;
}

// For tests/bench/BenchStartup: with SSPR_BENCH_FIRST_PAINT set, print "first-paint" once the
// window has painted and quit.
class FirstPaintProbe : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::puts("first-paint");
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

QString initialErrorText(const runtime::AppOptions &options)
{
    if (options.errorFile.isEmpty())
        return options.errorText;
    QFile file(options.errorFile);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.read(4 * 1024 * 1024))
                                          : QString();
}

// The system language's catalog (:/i18n/sspr-doctor_de.qm ...) and Qt's own, when present.
void installTranslations(QCoreApplication *app)
{
    auto *own = new QTranslator(app);
    if (own->load(QLocale(), QStringLiteral("sspr-doctor"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SSPR Doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("sspr-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SSPR_VERSION));
}

int runWizard(int argc, char **argv, const runtime::AppOptions &options)
{
    QApplication app(argc, argv);
    setIdentity();
    installTranslations(&app);
    QApplication::setApplicationDisplayName(QObject::tr("SSPR Doctor"));
    QString problem;
    const auto env = runtime::RuntimeEnvironment::create(options, &problem);
    if (!env) {
        QMessageBox::critical(nullptr, QObject::tr("SSPR Doctor"), problem);
        return 2;
    }
    ui::WizardEnvironment wizardEnv;
    wizardEnv.graph = env->graph();
    wizardEnv.tokens = env->tokens();
    wizardEnv.source = env->sourceLabel();
    wizardEnv.demoLabel = env->isDemo() ? env->demoServer()->scenarioName() : QString();
    wizardEnv.prefilledUser = options.userKey.isEmpty() ? env->defaultUserKey() : options.userKey;
    wizardEnv.prefilledErrorText = initialErrorText(options);
    ui::WizardWindow window(wizardEnv);
    FirstPaintProbe probe;
    if (qEnvironmentVariableIsSet("SSPR_BENCH_FIRST_PAINT"))
        window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
} // namespace

int main(int argc, char **argv)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = runtime::AppOptionsParser::parse(argumentsOf(argc, argv));
    if (!parsed.error.isEmpty()) {
        err << parsed.error << Qt::endl << QObject::tr("Try 'sspr-doctor --help'.") << Qt::endl;
        return kExitUsage;
    }
    if (!parsed.options) {
        out << parsed.output;
        return 0;
    }
    const runtime::AppOptions &options = *parsed.options;
    // Quiet by default; QT_LOGGING_RULES still overrides (it is applied after these rules).
    if (!options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("sspr.*.info=false\nsspr.*.debug=false"));
    if (options.listScenarios) {
        for (const QString &name : demo::ScenarioServer::builtInScenarios())
            out << name << Qt::endl;
        return 0;
    }
    if (options.headless) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(&app);
        return runtime::HeadlessRun::run(options, out, err);
    }
    return runWizard(argc, argv, options);
}
