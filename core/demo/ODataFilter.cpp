#include "core/demo/ODataFilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>
#include <vector>

namespace sspr::demo {

struct ODataFilter::Node {
    enum class Type { And, Or, Not, Compare, StartsWith, Any };
    Type type = Type::Compare;
    std::vector<std::unique_ptr<Node>> children;
    QString path; // property path, "status/errorCode"; for Any: the collection
    QString op; // eq, ne, gt, ge, lt, le
    QJsonValue literal;
    QString variable; // Any: the lambda variable
};

namespace {

using Node = ODataFilter::Node;

struct Token {
    enum class Type { Word, String, Number, Punct, End };
    Type type = Type::End;
    QString text;
};

QList<Token> tokenize(const QString &text, QString *error)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('\'')) {
            QString value;
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                        value += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                value += text.at(i++);
            }
            if (!closed) {
                *error = QStringLiteral("unterminated string literal");
                return {};
            }
            tokens.append({ Token::Type::String, value });
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')
            || c == QLatin1Char(':')) {
            tokens.append({ Token::Type::Punct, QString(c) });
            ++i;
        } else {
            const qsizetype start = i;
            // A DateTimeOffset literal (2024-05-01T10:00:00Z) keeps its colons; elsewhere
            // ':' ends the lambda variable of any(t: ...).
            const bool digits = c.isDigit();
            while (i < text.size() && !text.at(i).isSpace()
                && !QStringLiteral("(),'").contains(text.at(i))
                && (digits || text.at(i) != QLatin1Char(':')))
                ++i;
            const QString word = text.mid(start, i - start);
            static const QRegularExpression number(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
            tokens.append(
                { number.match(word).hasMatch() ? Token::Type::Number : Token::Type::Word, word });
        }
    }
    tokens.append({ Token::Type::End, QString() });
    return tokens;
}

class Parser {
public:
    Parser(QList<Token> tokens, QString *error)
        : m_tokens(std::move(tokens))
        , m_error(error)
    {
    }

    std::unique_ptr<Node> parseAll()
    {
        auto node = parseOr();
        if (node && peek().type != Token::Type::End)
            return fail(QStringLiteral("unexpected '%1'").arg(peek().text));
        return node;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    Token next() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }
    bool acceptWord(const char *word)
    {
        if (peek().type == Token::Type::Word
            && peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool acceptPunct(char c)
    {
        if (peek().type == Token::Type::Punct && peek().text == QLatin1Char(c)) {
            ++m_pos;
            return true;
        }
        return false;
    }
    std::unique_ptr<Node> fail(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
        return nullptr;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (left && acceptWord("or"))
            left = combine(Node::Type::Or, std::move(left), parseAnd());
        return left;
    }
    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseUnary();
        while (left && acceptWord("and"))
            left = combine(Node::Type::And, std::move(left), parseUnary());
        return left;
    }
    std::unique_ptr<Node> combine(Node::Type type, std::unique_ptr<Node> a, std::unique_ptr<Node> b)
    {
        if (!b)
            return nullptr;
        auto node = std::make_unique<Node>();
        node->type = type;
        node->children.push_back(std::move(a));
        node->children.push_back(std::move(b));
        return node;
    }
    std::unique_ptr<Node> parseUnary()
    {
        if (acceptWord("not")) {
            auto inner = parseUnary();
            if (!inner)
                return nullptr;
            auto node = std::make_unique<Node>();
            node->type = Node::Type::Not;
            node->children.push_back(std::move(inner));
            return node;
        }
        if (acceptPunct('(')) {
            auto inner = parseOr();
            if (inner && !acceptPunct(')'))
                return fail(QStringLiteral("missing ')'"));
            return inner;
        }
        return parsePrimary();
    }
    std::unique_ptr<Node> parsePrimary()
    {
        if (peek().type != Token::Type::Word)
            return fail(QStringLiteral("expected a property, found '%1'").arg(peek().text));
        const QString word = next().text;
        if (word.compare(QLatin1String("startswith"), Qt::CaseInsensitive) == 0)
            return parseStartsWith();
        if (word.endsWith(QLatin1String("/any"), Qt::CaseInsensitive))
            return parseAny(word.left(word.size() - 4));
        auto node = std::make_unique<Node>();
        node->path = word;
        const Token op = next();
        static const QStringList ops { QStringLiteral("eq"), QStringLiteral("ne"),
            QStringLiteral("gt"), QStringLiteral("ge"), QStringLiteral("lt"),
            QStringLiteral("le") };
        if (op.type != Token::Type::Word || !ops.contains(op.text.toLower()))
            return fail(QStringLiteral("unsupported operator '%1'").arg(op.text));
        node->op = op.text.toLower();
        if (!parseLiteral(&node->literal))
            return nullptr;
        return node;
    }
    std::unique_ptr<Node> parseStartsWith()
    {
        auto node = std::make_unique<Node>();
        node->type = Node::Type::StartsWith;
        if (!acceptPunct('(') || peek().type != Token::Type::Word)
            return fail(QStringLiteral("startswith needs (property, 'text')"));
        node->path = next().text;
        if (!acceptPunct(',') || peek().type != Token::Type::String)
            return fail(QStringLiteral("startswith needs (property, 'text')"));
        node->literal = next().text;
        if (!acceptPunct(')'))
            return fail(QStringLiteral("missing ')'"));
        return node;
    }
    std::unique_ptr<Node> parseAny(const QString &collection)
    {
        auto node = std::make_unique<Node>();
        node->type = Node::Type::Any;
        node->path = collection;
        if (!acceptPunct('(') || peek().type != Token::Type::Word)
            return fail(QStringLiteral("any needs (variable: condition)"));
        node->variable = next().text;
        if (!acceptPunct(':'))
            return fail(QStringLiteral("any needs (variable: condition)"));
        auto inner = parseOr();
        if (!inner)
            return nullptr;
        if (!acceptPunct(')'))
            return fail(QStringLiteral("missing ')'"));
        node->children.push_back(std::move(inner));
        return node;
    }
    bool parseLiteral(QJsonValue *out)
    {
        const Token t = next();
        switch (t.type) {
        case Token::Type::String:
            *out = t.text;
            return true;
        case Token::Type::Number:
            *out = t.text.toDouble();
            return true;
        case Token::Type::Word:
            if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
                *out = t.text == QLatin1String("true");
                return true;
            }
            if (t.text == QLatin1String("null")) {
                *out = QJsonValue::Null;
                return true;
            }
            // Unquoted DateTimeOffset literal: 2024-05-01T00:00:00Z
            if (QDateTime::fromString(t.text, Qt::ISODate).isValid()) {
                *out = t.text;
                return true;
            }
            break;
        default:
            break;
        }
        fail(QStringLiteral("expected a literal, found '%1'").arg(t.text));
        return false;
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    QString *m_error;
};

QJsonValue resolve(const QJsonObject &resource, const QString &path, const QString &variable,
    const QJsonObject &variableValue)
{
    QStringList parts = path.split(QLatin1Char('/'));
    QJsonValue current = resource;
    if (!variable.isEmpty() && parts.first() == variable) {
        current = variableValue;
        parts.removeFirst();
    }
    for (const QString &part : parts)
        current = current.toObject().value(part);
    return current;
}

int compareValues(const QJsonValue &a, const QJsonValue &b, bool *comparable)
{
    *comparable = true;
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    if (a.isString() && b.isString()) {
        const QDateTime ta = QDateTime::fromString(a.toString(), Qt::ISODate);
        const QDateTime tb = QDateTime::fromString(b.toString(), Qt::ISODate);
        if (ta.isValid() && tb.isValid())
            return ta < tb ? -1 : ta > tb ? 1 : 0;
        return a.toString().compare(b.toString(), Qt::CaseInsensitive);
    }
    if (a.isNull() || a.isUndefined() || b.isNull())
        return (a.isNull() || a.isUndefined()) && b.isNull() ? 0 : 1;
    *comparable = false;
    return 1;
}

bool evaluate(const Node &node, const QJsonObject &resource, const QString &variable,
    const QJsonObject &variableValue)
{
    switch (node.type) {
    case Node::Type::And:
        return evaluate(*node.children[0], resource, variable, variableValue)
            && evaluate(*node.children[1], resource, variable, variableValue);
    case Node::Type::Or:
        return evaluate(*node.children[0], resource, variable, variableValue)
            || evaluate(*node.children[1], resource, variable, variableValue);
    case Node::Type::Not:
        return !evaluate(*node.children[0], resource, variable, variableValue);
    case Node::Type::StartsWith:
        return resolve(resource, node.path, variable, variableValue)
            .toString()
            .startsWith(node.literal.toString(), Qt::CaseInsensitive);
    case Node::Type::Any: {
        const QJsonArray items = resolve(resource, node.path, variable, variableValue).toArray();
        for (const QJsonValue &item : items) {
            if (evaluate(*node.children[0], resource, node.variable, item.toObject()))
                return true;
        }
        return false;
    }
    case Node::Type::Compare: {
        const QJsonValue value = resolve(resource, node.path, variable, variableValue);
        bool comparable = false;
        const int c = compareValues(value, node.literal, &comparable);
        if (node.op == QLatin1String("eq"))
            return comparable && c == 0;
        if (node.op == QLatin1String("ne"))
            return !comparable || c != 0;
        if (!comparable || value.isNull() || value.isUndefined())
            return false;
        if (node.op == QLatin1String("gt"))
            return c > 0;
        if (node.op == QLatin1String("ge"))
            return c >= 0;
        if (node.op == QLatin1String("lt"))
            return c < 0;
        return c <= 0;
    }
    }
    return false;
}

} // namespace

ODataFilter::ODataFilter() = default;
ODataFilter::ODataFilter(ODataFilter &&) noexcept = default;
ODataFilter &ODataFilter::operator=(ODataFilter &&) noexcept = default;
ODataFilter::~ODataFilter() = default;

std::optional<ODataFilter> ODataFilter::parse(const QString &text, QString *error)
{
    QString message;
    QList<Token> tokens = tokenize(text, &message);
    if (!message.isEmpty()) {
        *error = message;
        return std::nullopt;
    }
    Parser parser(std::move(tokens), &message);
    auto root = parser.parseAll();
    if (!root) {
        *error = message.isEmpty() ? QStringLiteral("empty filter") : message;
        return std::nullopt;
    }
    ODataFilter filter;
    filter.m_root = std::move(root);
    return filter;
}

bool ODataFilter::matches(const QJsonObject &resource) const
{
    return m_root && evaluate(*m_root, resource, QString(), QJsonObject());
}

} // namespace sspr::demo
