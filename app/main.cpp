// sspr-doctor: picks the wizard or the headless run. Everything else lives in core/ and ui/.
#include "core/demo/ScenarioServer.h"
#include "core/runtime/AppOptions.h"
#include "core/runtime/AppSettings.h"
#include "core/runtime/BulkRun.h"
#include "core/runtime/HeadlessRun.h"
#include "core/runtime/RuntimeEnvironment.h"
#include "ui/Translations.h"
#include "ui/WizardWindow.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

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

// Runs `then` once, right after the watched window has painted for the first time.
class AfterFirstPaint : public QObject {
public:
    explicit AfterFirstPaint(std::function<void()> then)
        : m_then(std::move(then))
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, qApp, std::exchange(m_then, {}));
            watched->removeEventFilter(this);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

// --lang, else the language setting, else the system's (see ui::Translations).
void installTranslations(QCoreApplication *app, const runtime::AppOptions &options)
{
    QString language = options.language;
    if (language.isEmpty())
        language = runtime::AppSettings().language();
    ui::Translations::install(app, language);
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
    installTranslations(&app, options);
    QApplication::setApplicationDisplayName(QObject::tr("SSPR Doctor"));
    QString problem;
    const auto env = runtime::RuntimeEnvironment::create(
        options, &problem, runtime::RuntimeEnvironment::DemoStart::Later);
    if (!env) {
        QMessageBox::critical(nullptr, QObject::tr("SSPR Doctor"), problem);
        return 2;
    }
    ui::WizardEnvironment wizardEnv;
    wizardEnv.graph = env->graph();
    wizardEnv.tokens = env->tokens();
    wizardEnv.signIn = env->signIn();
    wizardEnv.probes = env->probes(); // nullptr in demo mode until the demo tenant started
    wizardEnv.trace = env->trace();
    // The demo leaves no trace in the settings (as RuntimeEnvironment): no geometry either.
    std::unique_ptr<runtime::AppSettings> settings;
    if (!env->isDemo())
        settings = std::make_unique<runtime::AppSettings>();
    wizardEnv.settings = settings.get();
    wizardEnv.graphFollowsCloud = !env->isDemo() && !options.graphUrl.isValid();
    wizardEnv.reportFolder = runtime::AppSettings().reportFolder(); // reading leaves no trace
    wizardEnv.source = env->sourceLabel();
    wizardEnv.demoLabel = env->isDemo() ? env->demoServer()->scenarioName() : QString();
    wizardEnv.prefilledUser = options.userKey.isEmpty() ? env->defaultUserKey() : options.userKey;
    // An unreadable --error-file is said, not ignored.
    QString fileProblem;
    wizardEnv.prefilledErrorText
        = runtime::readErrorText(options, &fileProblem).value_or(QString());
    ui::WizardWindow window(wizardEnv);
    // For tests/bench/BenchStartup: report the first paint and quit.
    AfterFirstPaint benchProbe([] {
        std::puts("first-paint");
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    if (qEnvironmentVariableIsSet("SSPR_BENCH_FIRST_PAINT"))
        window.installEventFilter(&benchProbe);
    // The demo tenant starts once the first page is up: nothing on it needs Graph, and
    // creating the HTTP server initialises TLS, the costliest part of start-up.
    AfterFirstPaint demoStart([&] {
        QString startProblem;
        if (!env->startDemoTenant(&startProblem)) {
            QMessageBox::critical(&window, QObject::tr("SSPR Doctor"), startProblem);
            QCoreApplication::exit(2);
            return;
        }
        window.setProbeRunner(env->probes());
    });
    window.installEventFilter(&demoStart);
    window.show();
    if (!options.openSession.isEmpty())
        window.openSession(options.openSession); // a bad file: the start page says why
    if (!fileProblem.isEmpty())
        QMessageBox::warning(&window, QObject::tr("SSPR Doctor"),
            fileProblem + QLatin1Char('\n')
                + QObject::tr("Paste the error text on the first page instead."));
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
    if (options.bulk) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(&app, options);
        return runtime::BulkRun::run(options, out, err);
    }
    if (options.headless) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(&app, options);
        return runtime::HeadlessRun::run(options, out, err);
    }
    return runWizard(argc, argv, options);
}
