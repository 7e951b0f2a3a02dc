#include "core/demo/UserSearch.h"

#include <QRegularExpression>

namespace sspr::demo {

std::optional<UserSearch> UserSearch::parse(const QString &text, QString *error)
{
    static const QRegularExpression clause(QStringLiteral(R"(\s*"([A-Za-z]+):([^"]*)\"\s*)"));
    static const QRegularExpression joiner(QStringLiteral(R"(^\s*(OR|AND)\s*)"));
    UserSearch search;
    qsizetype pos = 0;
    QString op;
    while (true) {
        const auto m = clause.match(text, pos, QRegularExpression::NormalMatch,
            QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch()) {
            *error = QStringLiteral("expected \"property:term\" at position %1").arg(pos);
            return std::nullopt;
        }
        search.m_clauses.append({ m.captured(1), m.captured(2) });
        pos = m.capturedEnd();
        if (pos >= text.size())
            break;
        const auto j = joiner.match(text.mid(pos));
        if (!j.hasMatch() || (!op.isEmpty() && op != j.captured(1))) {
            *error = QStringLiteral("expected OR or AND at position %1").arg(pos);
            return std::nullopt;
        }
        op = j.captured(1);
        pos += j.capturedLength();
    }
    search.m_all = op == QLatin1String("AND");
    return search;
}

bool UserSearch::matches(const QJsonObject &user) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s.@_\\-]+"));
    for (const Clause &c : m_clauses) {
        const QString value = user.value(c.property).toString();
        bool hit = value.startsWith(c.term, Qt::CaseInsensitive);
        const QStringList words = value.split(separators, Qt::SkipEmptyParts);
        for (const QString &word : words)
            hit = hit || word.startsWith(c.term, Qt::CaseInsensitive);
        if (hit && !m_all)
            return true;
        if (!hit && m_all)
            return false;
    }
    return m_all;
}

} // namespace sspr::demo
