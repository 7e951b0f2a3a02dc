#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace sspr::runtime {

// The command line, parsed. app/main.cpp only chooses between the wizard and headless.
struct AppOptions {
    bool headless = false;
    bool demo = false;
    QString scenario; // built-in name or file, with --demo
    bool listScenarios = false;
    QString jsonPath; // --json FILE (headless)
    QString userKey; // --user UPN|ID
    QString errorText; // --error TEXT
    QString errorFile; // --error-file FILE (read by the caller)
    bool selfMode = false; // --self: end user checking their own account
    QUrl graphUrl; // --graph URL: versioned Graph root override
    int timeoutSeconds = 30;
    bool verbose = false; // --verbose: the sspr.* info logs on stderr
    QString openSession; // --open FILE: a saved session to show (wizard)
    QString language; // --lang CODE: "en", "de", "fr"...; empty: the setting, else the system's

    // Sign-in (issue 4). Empty/unset: the settings, else the defaults of auth::AuthConfig.
    QString cloudKey; // --cloud global|usgov-gcch|usgov-dod|china
    QUrl authorityUrl; // --authority URL: any OpenID Connect authority (https; http loopback)
    QString tenant; // --tenant organizations|common|DOMAIN|ID
    QString clientId; // --client-id ID: the organisation's own app registration
    bool deviceCode = false; // --device-code: sign in with a code on another device
    bool noRemember = false; // --no-remember: keep the refresh token in memory only

    // Local probes (issue 5): every host they contact is overridable for tests.
    QStringList probeTargets; // --probe-target HOST[:PORT], repeatable: replaces the defaults
    QUrl clockUrl; // --clock-url URL: whose Date header the clock check reads
    bool noProbes = false; // --no-probes: skip the local network checks

    QHash<QString, QString> answers; // --answer ID=VALUE, repeatable (guided questions)
    int lookbackDays = 7; // --days N: audit and sign-in window, 1 to 30

    // Reports (issue 6/7): --report FORMAT:PATH, repeatable; FORMAT is one of
    // report::ReportWriter::formats() (json, html, text, har, summary, bundle).
    QList<QPair<QString, QString>> reports;

    // Bulk scan (issue 7): --bulk --csv PATH [--resume] [--group ID] [--user-type member|guest]
    // [--only-failures] [--page-size N]. See core/bulk and core/runtime/BulkRun.
    bool bulk = false;
    QString csvPath;
    bool resume = false;
    QString groupId;
    QString userType; // "member" or "guest"; empty: everybody
    bool onlyFailures = false;
    int pageSize = 100; // 1..999
};

struct AppOptionsResult {
    std::optional<AppOptions> options; // set when the program should run
    QString output; // --help / --version text for stdout
    QString error; // usage error for stderr (exit code 3)
};

class AppOptionsParser {
public:
    static AppOptionsResult parse(const QStringList &arguments);
};

// --error TEXT, or the first 4 MB of --error-file (pasted pages are small: refuse to slurp
// something that is clearly not an error text). nullopt and *problem when the file is unreadable.
std::optional<QString> readErrorText(const AppOptions &options, QString *problem);

} // namespace sspr::runtime
