#pragma once

#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

namespace sspr::demo {

// The part of OData $filter the checks use, evaluated over scenario resources:
// `a/b eq 'x'` (eq ne gt ge lt le; strings compare case-insensitively, ISO times as times),
// `and`, `or`, `not`, parentheses, `startswith(p,'x')` and `coll/any(t: t/p eq 'x')`.
class ODataFilter {
public:
    struct Node;

    // nullopt and `error` set when the text is not a filter this subset understands.
    static std::optional<ODataFilter> parse(const QString &text, QString *error);
    bool matches(const QJsonObject &resource) const;

    ODataFilter(ODataFilter &&) noexcept;
    ODataFilter &operator=(ODataFilter &&) noexcept;
    ~ODataFilter();

private:
    ODataFilter();
    std::unique_ptr<Node> m_root;
};

} // namespace sspr::demo
