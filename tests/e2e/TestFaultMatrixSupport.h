#pragma once

// The fault matrix (issue 8): one row per fault, each run through the real sspr-doctor binary,
// headless, against its demo tenant (or against a --graph address that fails on purpose).
#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace faultmatrix {

// What one row expects. `statuses` names every check that must NOT pass, with its status
// ("error", "skipped"); "*" stands for every Graph check. Every other check must pass.
struct Expectation {
    QString scenario; // a file under tests/data/e2e/faults/, or a built-in scenario name
    QStringList extraArgs; // e.g. --graph URL
    int timeoutSeconds = 1; // --timeout
    int exitCode = 2;
    QMap<QString, QString> statuses;
    QString messageCheck; // this check's summary + details must contain `message`
    QString message;
    qint64 minWallMs = 0; // e.g. a Retry-After that must have been honoured
    qint64 maxWallMs = 20000; // the fault must not make the run hang
    int roundTrips = -1; // Graph HTTP round trips, when a retry must be proven (-1: any)
};

struct Run {
    bool finished = false;
    int exitCode = -1;
    qint64 wallMs = 0;
    QByteArray out;
    QByteArray err;
    QJsonObject json; // --report json:
    QString html; // --report html:
};

// Starts the app and waits (spinning the event loop, so that servers in the test process
// answer) for at most `budgetMs`; a run that takes longer is killed and not `finished`.
Run runApp(const QTemporaryDir &dir, const Expectation &row, qint64 budgetMs = 60000);

// Every assertion a row makes; empty when all hold, else what failed (one line each).
QStringList verify(const Run &run, const Expectation &row);

QString fixture(const QString &name); // tests/data/e2e/faults/NAME.json

} // namespace faultmatrix
