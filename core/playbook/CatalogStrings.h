#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sspr::playbook {

// The catalog's texts in English as lupdate sees them (generated CatalogStrings.cpp), and
// their translation for the running language (context "Catalog").
class CatalogStrings {
public:
    static QStringList all();
    static QString translate(const QString &english)
    {
        return QCoreApplication::translate("Catalog", english.toUtf8().constData());
    }
};

} // namespace sspr::playbook
