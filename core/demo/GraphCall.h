#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace sspr::demo {

using HeaderPairs = QList<QPair<QByteArray, QByteArray>>;

// The first header called `name` (case-insensitive), empty when absent.
QByteArray headerValue(const HeaderPairs &headers, const QByteArray &name);

// One Graph call as the fake sees it: a top-level HTTP request or one $batch item.
struct GraphCall {
    QString method; // upper case
    QString path; // without /v1.0 and without query: "/users/abc"
    QUrlQuery query;
    HeaderPairs headers;
    QByteArray body;

    // "/users/abc?$select=id", decoded: what faults match and the logs show.
    QString pathAndQuery() const;
    QByteArray header(const QByteArray &name) const; // case-insensitive
    QString queryValue(const QString &key) const; // fully decoded, empty when absent
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }

    // Parses "users/abc?$select=id" or "/users/abc?..." (a $batch item's relative url).
    static GraphCall fromRelativeUrl(const QString &method, const QString &url);
};

} // namespace sspr::demo
