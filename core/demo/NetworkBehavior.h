#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::demo {

// The scenario's "network" key: how the demo's TLS endpoint plays the path to Microsoft for
// the local probes (client.network, client.clock).
struct NetworkBehavior {
    bool interception = false; // present the "Contoso Inspection Proxy" chain instead
    QStringList blockedHosts; // these probe hosts get a refused port
    qint64 clockSkewSeconds = 0; // the Date header is this far behind the PC's clock

    // Parses and validates the "network" object; unknown keys and wrong types are errors
    // (nullopt and *error naming the key).
    static std::optional<NetworkBehavior> fromJson(const QJsonObject &json, QString *error);
};

} // namespace sspr::demo
