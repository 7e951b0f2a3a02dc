#pragma once

#include "core/demo/GraphCall.h"

#include <QJsonObject>
#include <QStringList>

namespace sspr::demo {

// How the fake trims a resource for the wire, shared by the scenario's explicit lists
// (GraphEndpoints) and the generated directory (GeneratedEndpoints).
namespace GraphProjection {

// The $select list of a call, trimmed; empty when there is none.
QStringList selectedProperties(const GraphCall &call);
// $select on a resource: the named properties (case-insensitive, declared case in the reply,
// null when absent) plus its @odata.type.
QJsonObject select(const QJsonObject &resource, const QStringList &selected);
// What GET /users/{id} returns without $select (Graph's documented default set).
const QStringList &defaultUserProperties();
// A user with exactly `props` (null when absent), as Graph answers user reads.
QJsonObject projectUser(const QJsonObject &user, const QStringList &props);
// projectUser with the call's $select, or the default set without one.
QJsonObject projectUser(const QJsonObject &user, const GraphCall &call);

} // namespace GraphProjection

} // namespace sspr::demo
