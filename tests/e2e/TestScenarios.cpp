// End to end, one row per demo scenario: the real sspr-doctor binary runs
// `--headless --demo <scenario> --json <tmp> <args>` and its exit code, the listed check
// statuses and the root cause must match tests/data/e2e/expect/<scenario>.json:
//   {"args": [...], "exitCode": N, "statuses": {"<check id>": "<status>"},
//    "rootCause": "<check id>" (or "" when nothing failed or warned)}
// Every built-in scenario needs its file (a missing one fails). A file named
// "<scenario>@<variant>.json" runs the same scenario again with its own args (answers ...).
#include "core/demo/ScenarioServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kExpectDir = QStringLiteral(SSPR_TEST_DATA "/e2e/expect");
constexpr int kTimeoutMs = 45000;
constexpr int kParallel = 4; // the runs mostly wait on the demo tenant (retries, latency)

struct Run {
    QStringList args;
    QString jsonPath;
    int exitCode = -1;
    bool normalExit = false;
    bool timedOut = false;
    QByteArray output;
};

QString scenarioOf(const QString &expectName)
{
    return expectName.section(QLatin1Char('@'), 0, 0);
}

QString statusOf(const QJsonObject &session, const QString &checkId)
{
    for (const QJsonValue &f : session.value(QLatin1String("findings")).toArray()) {
        if (f[QLatin1String("checkId")].toString() == checkId)
            return f[QLatin1String("status")].toString();
    }
    return QStringLiteral("<no finding>");
}

} // namespace

class TestScenarios : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, Run> m_runs; // by row name, filled by initTestCase

    static QStringList rowNames();
    static QJsonObject readExpect(const QString &name, QString *problem);

private Q_SLOTS:
    void initTestCase();
    void everyExpectFileNamesAScenario();
    void scenario_data();
    void scenario();
};

QStringList TestScenarios::rowNames()
{
    QStringList names = sspr::demo::ScenarioServer::builtInScenarios();
    // A built-in scenario without a file is still a row: it then fails.
    for (const QFileInfo &file : QDir(kExpectDir).entryInfoList({ "*@*.json" }, QDir::Files))
        names << file.completeBaseName();
    names.sort();
    return names;
}

QJsonObject TestScenarios::readExpect(const QString &name, QString *problem)
{
    QFile file(kExpectDir + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("no expect file %1").arg(file.fileName());
        return {};
    }
    QJsonParseError parseError;
    const QJsonObject expect = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        *problem = file.fileName() + QStringLiteral(": ") + parseError.errorString();
    else if (!expect.value(QLatin1String("exitCode")).isDouble())
        *problem = QStringLiteral("exitCode is missing");
    else if (!expect.value(QLatin1String("statuses")).isObject())
        *problem = QStringLiteral("statuses is missing");
    else if (!expect.value(QLatin1String("rootCause")).isString())
        *problem = QStringLiteral("rootCause is missing");
    return expect;
}

// Every run starts here, a few at a time, so the rows only compare.
void TestScenarios::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QList<QPair<QString, QProcess *>> batch;
    auto collect = [&] {
        for (const auto &[name, process] : std::as_const(batch)) {
            Run &run = m_runs[name];
            if (!process->waitForFinished(kTimeoutMs)) {
                run.timedOut = true;
                process->kill();
                process->waitForFinished();
            }
            run.normalExit = process->exitStatus() == QProcess::NormalExit;
            run.exitCode = process->exitCode();
            run.output = process->readAllStandardOutput() + process->readAllStandardError();
            delete process;
        }
        batch.clear();
    };
    int n = 0;
    for (const QString &name : rowNames()) {
        QString problem;
        const QJsonObject expect = readExpect(name, &problem);
        if (!problem.isEmpty())
            continue; // the row reports it
        Run run;
        run.jsonPath = m_dir.filePath(QStringLiteral("session-%1.json").arg(++n));
        run.args = QStringList { QStringLiteral("--headless"), QStringLiteral("--demo"),
            scenarioOf(name), QStringLiteral("--json"), run.jsonPath };
        for (const QJsonValue &arg : expect.value(QLatin1String("args")).toArray())
            run.args << arg.toString();
        auto *process = new QProcess;
        process->start(QStringLiteral(SSPR_APP_PATH), run.args);
        m_runs.insert(name, run);
        batch.append({ name, process });
        if (batch.size() == kParallel)
            collect();
    }
    collect();
}

void TestScenarios::everyExpectFileNamesAScenario()
{
    const QStringList builtIn = sspr::demo::ScenarioServer::builtInScenarios();
    QVERIFY(builtIn.contains(QStringLiteral("healthy")));
    for (const QFileInfo &file : QDir(kExpectDir).entryInfoList({ "*.json" }, QDir::Files))
        QVERIFY2(builtIn.contains(scenarioOf(file.completeBaseName())),
            qPrintable(file.fileName() + QStringLiteral(" names no built-in scenario")));
}

void TestScenarios::scenario_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : rowNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestScenarios::scenario()
{
    QFETCH(QString, name);
    QString problem;
    const QJsonObject expect = readExpect(name, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(m_runs.contains(name));
    const Run &run = m_runs.value(name);
    QVERIFY2(!run.timedOut,
        qPrintable(QStringLiteral("sspr-doctor %1 did not finish in %2 s")
                       .arg(run.args.join(u' '))
                       .arg(kTimeoutMs / 1000)));
    QVERIFY2(run.normalExit, run.output.constData());
    QFile sessionFile(run.jsonPath);
    QVERIFY2(sessionFile.open(QIODevice::ReadOnly), run.output.constData());
    const QJsonObject session = QJsonDocument::fromJson(sessionFile.readAll()).object();

    QStringList problems;
    const int wantedExit = expect.value(QLatin1String("exitCode")).toInt();
    if (run.exitCode != wantedExit)
        problems << QStringLiteral("exit code %1, expected %2").arg(run.exitCode).arg(wantedExit);
    const QJsonObject statuses = expect.value(QLatin1String("statuses")).toObject();
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        const QString got = statusOf(session, it.key());
        if (got != it.value().toString())
            problems << QStringLiteral("%1 is %2, expected %3")
                            .arg(it.key(), got, it.value().toString());
    }
    const QJsonObject cause = session.value(QLatin1String("rootCause")).toObject();
    const QString wantedCause = expect.value(QLatin1String("rootCause")).toString();
    if (cause.value(QLatin1String("checkId")).toString() != wantedCause)
        problems << QStringLiteral("root cause is \"%1\", expected \"%2\"")
                        .arg(cause.value(QLatin1String("checkId")).toString(), wantedCause);
    if (cause.value(QLatin1String("found")).toBool() == wantedCause.isEmpty())
        problems << QStringLiteral("rootCause.found disagrees with the expected cause");
    if (!problems.isEmpty())
        QFAIL(qPrintable(problems.join(QStringLiteral("\n  ")) + QStringLiteral("\n--- output:\n")
            + QString::fromUtf8(run.output)));
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "TestScenarios.moc"
