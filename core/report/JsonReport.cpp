#include "core/report/JsonReport.h"

#include "core/report/ReportText.h"
#include "core/report/SessionJson.h"
#include "core/report/SupportSummary.h"
#include "core/trace/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>

namespace sspr::report {

namespace {
QJsonValue redact(const QJsonValue &value)
{
    if (value.isString())
        return trace::Redactor::text(value.toString());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redact(array.at(i));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redact(it.value());
        return object;
    }
    return value;
}
} // namespace

QJsonObject JsonReport::toJson(const Session &session)
{
    QJsonObject object = SessionJson::toJson(session);
    object.insert(QStringLiteral("report"),
        QJsonObject {
            { QStringLiteral("os"), QSysInfo::prettyProductName() },
            { QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture() },
            { QStringLiteral("cloud"), session.cloudKey },
            { QStringLiteral("supportRequestUrl"),
                SupportSummary::supportRequestUrl(session.cloudKey).toString() },
        });
    return redact(object).toObject();
}

QByteArray JsonReport::render(const Session &session)
{
    return QJsonDocument(toJson(session)).toJson(QJsonDocument::Indented);
}

} // namespace sspr::report
