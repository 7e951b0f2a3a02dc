#pragma once

#include "core/graph/GraphResponse.h"
#include "core/probes/ProbeEvidence.h"

#include <QHash>
#include <QString>

namespace sspr::checks {

// Everything gathered for one run, handed to every check's pure evaluate().
struct Evidence {
    QHash<QString, graph::GraphResponse> graph; // by GraphRequest::key
    QHash<QString, QString> answers; // guided question id -> recorded answer (choice key)
    probes::ProbeEvidence probes; // local probes; probes.ran false when they did not run

    const graph::GraphResponse *response(const QString &key) const
    {
        const auto it = graph.constFind(key);
        return it == graph.constEnd() ? nullptr : &it.value();
    }
};

} // namespace sspr::checks
