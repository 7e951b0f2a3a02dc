#include "core/checks/GraphEvidence.h"

#include "core/checks/RequestTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sspr::checks {

EvidenceItem GraphEvidence::item(const graph::GraphRequest &expanded,
    const graph::GraphResponse *response, const QList<EvidenceField> &fields)
{
    EvidenceItem item;
    item.source = RequestTemplate::source(expanded);
    if (response) {
        item.httpStatus = response->httpStatus;
        item.requestId = response->requestId;
        if (response->error) {
            if (item.httpStatus == 0)
                item.httpStatus = response->error->httpStatus;
            if (item.requestId.isEmpty())
                item.requestId = response->error->requestId;
        }
    }
    item.fields = fields;
    return item;
}

QJsonObject GraphEvidence::resource(const graph::GraphResponse &response)
{
    const QJsonValue wrapped = response.body.value(QLatin1String("value"));
    if (wrapped.isObject())
        return wrapped.toObject();
    return response.body;
}

QString GraphEvidence::display(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return tr("(missing)");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &element : value.toArray())
            parts << display(element);
        return parts.isEmpty() ? tr("(none)") : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

EvidenceField GraphEvidence::field(const QJsonObject &object, const QString &name)
{
    return { name, display(object.value(name)) };
}

std::optional<bool> GraphEvidence::boolean(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

} // namespace sspr::checks
