#pragma once

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
