#pragma once

#include "core/checks/CheckContext.h"
#include "core/checks/Evidence.h"
#include "core/checks/Finding.h"
#include "core/graph/GraphRequest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sspr::checks {

// One diagnostic step. It declares the Graph requests it needs and turns the gathered
// evidence into a Finding. evaluate() is a pure function: no I/O, no clock but ctx.now.
//
// Request URLs may use two placeholders that the runner fills in:
//   {user}    the user as typed (UPN or object id); valid wherever Graph accepts either
//   {userId}  the object id; requests that use it go in the second $batch wave when the id
//             is not known up front (it is read from the request keyed "user")
class Check {
public:
    Check() = default;
    virtual ~Check() = default;
    Check(const Check &) = delete;
    Check &operator=(const Check &) = delete;

    virtual QString id() const = 0; // "user.account"
    virtual QString title() const = 0; // translated, "Account state"
    virtual QList<graph::GraphRequest> requests(const CheckContext &ctx) const = 0;
    virtual Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const = 0;

    // Local checks read evidence.probes; the runner starts the probes (in parallel with Graph)
    // only when a selected check needs them.
    virtual bool needsProbes() const { return false; }
    // Guided question ids (GuidedQuestions) whose answers this check reads. A check with no
    // request and no probe is evaluated as soon as the run starts, from evidence.answers.
    virtual QStringList questionIds() const { return {}; }
};

} // namespace sspr::checks
