#pragma once

#include "core/runtime/AppOptions.h"

#include <QCoreApplication>
#include <memory>

class QNetworkAccessManager;

namespace sspr::probes {
class ProbeRunner;
}
namespace sspr::demo {
class DemoTlsEndpoint;
}

namespace sspr::runtime {

// Builds the local probes from the command line (--probe-target, --clock-url, --cloud,
// --no-probes) and, in demo mode, points them at the demo TLS endpoint on 127.0.0.1.
class ProbeSetup {
    Q_DECLARE_TR_FUNCTIONS(ProbeSetup)

public:
    // nullptr with --no-probes: the local checks then say the probes are turned off.
    static std::unique_ptr<probes::ProbeRunner> create(
        const AppOptions &options, QNetworkAccessManager *network);

    // Demo mode: starts `endpoint` with the scenario's "network" behaviour and aims every
    // default target (and the clock) at it, trusting the demo root as Microsoft's. Targets or
    // a clock URL given on the command line are kept. False and *error when it cannot.
    static bool startDemo(const AppOptions &options, probes::ProbeRunner *runner,
        demo::DemoTlsEndpoint *endpoint, QString *error);
};

} // namespace sspr::runtime
