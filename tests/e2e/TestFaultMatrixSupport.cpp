#include "TestFaultMatrixSupport.h"

#include "core/playbook/Diagnosis.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

namespace faultmatrix {

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool isGraphCheck(const QString &id)
{
    return !id.startsWith(QLatin1String("client."));
}

} // namespace

QString fixture(const QString &name)
{
    return QStringLiteral(SSPR_TEST_DATA "/e2e/faults/") + name + QStringLiteral(".json");
}

Run runApp(const QTemporaryDir &dir, const Expectation &row, qint64 budgetMs)
{
    static int runs = 0;
    ++runs;
    const QString json = dir.filePath(QStringLiteral("run-%1.json").arg(runs));
    const QString html = dir.filePath(QStringLiteral("run-%1.html").arg(runs));
    const QString scenario
        = row.scenario.contains(QLatin1Char('/')) || !QFile::exists(fixture(row.scenario))
        ? row.scenario
        : fixture(row.scenario);
    // Probes stay on (they only reach the demo's own TLS endpoint on 127.0.0.1): without them
    // a healthy run exits 2 as well, and the exit code would prove nothing.
    const QStringList args = QStringList { QStringLiteral("--headless"), QStringLiteral("--demo"),
        scenario, QStringLiteral("--timeout"), QString::number(row.timeoutSeconds),
        QStringLiteral("--report"), QStringLiteral("json:") + json, QStringLiteral("--report"),
        QStringLiteral("html:") + html }
        + row.extraArgs;
    Run run;
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(SSPR_APP_PATH), args);
    if (!finished.wait(int(budgetMs))) {
        process.kill();
        process.waitForFinished(5000);
        run.wallMs = clock.elapsed();
        run.err = process.readAllStandardError();
        return run;
    }
    run.wallMs = clock.elapsed();
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = run.finished ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(readFile(json)).object();
    run.html = QString::fromUtf8(readFile(html));
    return run;
}

QStringList verify(const Run &run, const Expectation &row)
{
    QStringList problems;
    if (!run.finished)
        return { QStringLiteral("did not finish within its budget (%1 ms); stderr: %2")
                     .arg(run.wallMs)
                     .arg(QString::fromUtf8(run.err.right(2000))) };
    const QString context
        = QStringLiteral("\n  stderr: %1\n  stdout: %2")
              .arg(QString::fromUtf8(run.err.right(1500)), QString::fromUtf8(run.out.left(3000)));
    if (run.exitCode != row.exitCode)
        problems << QStringLiteral("exit code %1, expected %2").arg(run.exitCode).arg(row.exitCode)
                + context;
    if (run.json.value(QLatin1String("exitCode")).toInt(-1) != row.exitCode)
        problems << QStringLiteral("the JSON report says exit code %1")
                        .arg(run.json.value(QLatin1String("exitCode")).toInt(-1));
    const int trips = run.json.value(QLatin1String("graphRoundTrips")).toInt(-1);
    if (row.roundTrips >= 0 && trips != row.roundTrips)
        problems << QStringLiteral("%1 Graph round trips, expected %2: the fault did not act as "
                                   "planned")
                        .arg(trips)
                        .arg(row.roundTrips);
    if (run.wallMs > row.maxWallMs)
        problems
            << QStringLiteral("took %1 ms, more than %2 ms").arg(run.wallMs).arg(row.maxWallMs);
    if (run.wallMs < row.minWallMs)
        problems << QStringLiteral("took %1 ms, less than %2 ms: the wait was not honoured")
                        .arg(run.wallMs)
                        .arg(row.minWallMs);

    // A complete report: every planned check has exactly one finding with a status, in the
    // JSON and in the HTML, and they agree.
    QStringList planned;
    for (const auto &check : sspr::playbook::Diagnosis::plannedChecks(QString()))
        planned << check.first;
    planned.sort();
    QMap<QString, QString> statuses;
    QMap<QString, QString> texts;
    QMap<QString, QJsonArray> evidence;
    for (const QJsonValue &f : run.json.value(QLatin1String("findings")).toArray()) {
        const QString id = f[QLatin1String("checkId")].toString();
        if (statuses.contains(id))
            problems << QStringLiteral("%1 has two findings").arg(id);
        statuses.insert(id, f[QLatin1String("status")].toString());
        texts.insert(id,
            f[QLatin1String("summary")].toString() + QLatin1Char(' ')
                + f[QLatin1String("details")].toString());
        evidence.insert(id, f[QLatin1String("evidence")].toArray());
        // The one-screen summary on stdout names every finding too.
        if (!run.out.contains(f[QLatin1String("title")].toString().toUtf8()))
            problems << QStringLiteral("the summary on stdout does not name %1").arg(id);
    }
    if (QStringList(statuses.keys()) != planned)
        problems << QStringLiteral("the JSON report lists %1, the playbook plans %2")
                        .arg(statuses.keys().join(u','), planned.join(u','));
    static const QRegularExpression article(
        QStringLiteral(R"re(<article class="panel s-([a-z]+)" id="finding-([a-z.\-]+)">)re"));
    QMap<QString, QString> htmlStatuses;
    for (auto it = article.globalMatch(run.html); it.hasNext();) {
        const auto m = it.next();
        htmlStatuses.insert(m.captured(2), m.captured(1));
    }
    if (htmlStatuses != statuses)
        problems << QStringLiteral("the HTML report does not show the JSON report's statuses");
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.value().isEmpty())
            problems << QStringLiteral("%1 has no status").arg(it.key());
    }

    // The right status for the right check, and a pass only where Graph answered.
    for (const QString &id : std::as_const(planned)) {
        const QString got = statuses.value(id, QStringLiteral("<missing>"));
        QString want = row.statuses.value(id);
        if (want.isEmpty() && isGraphCheck(id))
            want = row.statuses.value(QStringLiteral("*"), QStringLiteral("pass"));
        if (id == QLatin1String("client.os"))
            continue; // not applicable off Windows, run on Windows: not what this matrix tests
        if (want.isEmpty())
            want = QStringLiteral("pass");
        if (got != want)
            problems << QStringLiteral("%1 is %2, expected %3: %4")
                            .arg(id, got, want, texts.value(id).left(400));
        if (got != QLatin1String("pass") || !isGraphCheck(id))
            continue;
        for (const QJsonValue &item : evidence.value(id)) {
            if (item[QLatin1String("source")].toString().startsWith(QLatin1String("GET "))
                && item[QLatin1String("httpStatus")].toInt() != 200)
                problems << QStringLiteral("%1 passed on a reply with HTTP %2 (%3)")
                                .arg(id)
                                .arg(item[QLatin1String("httpStatus")].toInt())
                                .arg(item[QLatin1String("source")].toString());
        }
    }
    if (!row.messageCheck.isEmpty() && !texts.value(row.messageCheck).contains(row.message))
        problems << QStringLiteral("%1 does not say \"%2\": %3")
                        .arg(row.messageCheck, row.message, texts.value(row.messageCheck));

    // Nothing the app wrote carries the demo's bearer token.
    const QByteArray written
        = run.out + run.err + QJsonDocument(run.json).toJson() + run.html.toUtf8();
    if (written.contains("Bearer ")
        || QRegularExpression(QStringLiteral("demo\\.[0-9a-f]{32}"))
               .match(QString::fromUtf8(written))
               .hasMatch())
        problems << QStringLiteral("a token appears in the output");
    return problems;
}

} // namespace faultmatrix
