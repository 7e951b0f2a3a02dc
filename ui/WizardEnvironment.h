#pragma once

#include <QString>

namespace sspr::graph {
class GraphClient;
}
namespace sspr::probes {
class ProbeRunner;
}
namespace sspr::trace {
class HttpTrace;
}
namespace sspr::runtime {
class AppSettings;
}
namespace sspr::auth {
class SignIn;
class TokenProvider;
} // namespace sspr::auth

namespace sspr::ui {

// Everything the wizard needs from the outside, handed to WizardWindow by app/main.cpp
// (filled from runtime::RuntimeEnvironment) or by a test. The wizard owns none of it: the
// pointers must outlive the window.
//
//   sspr::ui::WizardEnvironment env;
//   env.graph = runtime->graph();
//   env.tokens = runtime->tokens();            // nullptr: nobody signed in, checks skip
//   env.signIn = runtime->signIn();            // browser / device code sign-in
//   env.probes = runtime->probes();            // network, clock and OS checks of this PC
//   env.demoLabel = options.scenario;          // "healthy"; empty for a real tenant
//   env.source = runtime->sourceLabel();       // "demo:healthy" or the Graph host
//   env.prefilledUser = runtime->defaultUserKey();
//   sspr::ui::WizardWindow wizard(env);
//   wizard.show();
struct WizardEnvironment {
    graph::GraphClient *graph = nullptr; // not owned; nullptr runs without Graph (skipped)
    auth::TokenProvider *tokens = nullptr; // not owned; nullptr: not signed in
    // Not owned; the interactive sign-in (runtime->signIn()), usually also `tokens`. nullptr:
    // the sign-in page can only show whether `tokens` is signed in (tests, demo without it).
    auth::SignIn *signIn = nullptr;
    probes::ProbeRunner *probes = nullptr; // not owned; the local checks (runtime->probes())
    trace::HttpTrace *trace = nullptr; // not owned; the redacted HTTP trace (runtime->trace())
    QString reportFolder; // where save dialogs start; empty: the user's documents folder
    // Scenario name when running against the built-in demo tenant; empty for a real tenant.
    // Non-empty shows the "Demo tenant — no real data" banner.
    QString demoLabel;
    // For the report: "demo:healthy" or the Graph host. Empty: derived from demoLabel / graph.
    QString source;
    QString prefilledUser; // affected user (UPN or object id) to start with; may be empty
    QString prefilledErrorText; // error text to start with (--error); may be empty
    // Not owned; the preferences (Settings dialog, window geometry). nullptr: no Settings
    // button and nothing remembered (tests that must not touch the user's settings).
    runtime::AppSettings *settings = nullptr;
    // A cloud chosen in the Settings dialog also moves `graph` to that cloud's Graph root
    // (a real tenant without --graph); false keeps Graph where it is (demo, tests).
    bool graphFollowsCloud = false;
};

} // namespace sspr::ui
