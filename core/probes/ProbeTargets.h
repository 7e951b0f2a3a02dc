#pragma once

#include "core/probes/ProbeRunner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace sspr::probes {

// The hosts a cloud's password reset path needs, and the parsing of --probe-target.
class ProbeTargets {
    Q_DECLARE_TR_FUNCTIONS(ProbeTargets)

public:
    static QList<ProbeTarget> forCloud(const QString &cloudKey);
    static QUrl clockUrl(const QString &cloudKey); // the cloud's login host
    // "HOST", "HOST:PORT" or "[IPv6]:PORT"; nullopt when malformed.
    static std::optional<ProbeTarget> parse(const QString &text);
};

} // namespace sspr::probes
