// SPDX-License-Identifier: MIT
#include "engine/project/yamltext.h"

#include <QRegularExpression>

namespace Bullpen::Yaml {

YamlText::YamlText(const QByteArray &text)
    : m_text(text)
    , m_newline(text.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"))
{
    // yaml-cpp drops a UTF-8 byte order mark before counting columns.
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_bom = 3;
    m_starts << 0;
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n')
            m_starts << i + 1;
    }
}

qsizetype YamlText::lineEnd(int line) const
{
    qsizetype end = line + 1 < lineCount() ? m_starts.at(line + 1) - 1 : m_text.size();
    if (end > m_starts.at(line) && end - 1 < m_text.size() && end > 0 && m_text.at(end - 1) == '\r'
        && (end == m_text.size() || m_text.at(end) == '\n'))
        --end;
    return end;
}

qsizetype YamlText::lineBreakEnd(int line) const
{
    return line + 1 < lineCount() ? m_starts.at(line + 1) : m_text.size();
}

qsizetype YamlText::offset(const YAML::Mark &mark) const
{
    if (mark.line < 0 || mark.line >= lineCount())
        return -1;
    return m_starts.at(mark.line) + mark.column + (mark.line == 0 ? m_bom : 0);
}

int YamlText::indentOf(int line) const
{
    int indent = 0;
    for (qsizetype i = m_starts.at(line); i < lineEnd(line) && m_text.at(i) == ' '; ++i)
        ++indent;
    return indent;
}

bool YamlText::isBlankOrComment(int line) const
{
    for (qsizetype i = m_starts.at(line); i < lineEnd(line); ++i) {
        const char c = m_text.at(i);
        if (c == '#')
            return true;
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

int YamlText::blockEndLine(int keyLine, int keyIndent) const
{
    int last = keyLine;
    for (int line = keyLine + 1; line < lineCount(); ++line) {
        if (isBlankOrComment(line))
            continue;
        const int indent = indentOf(line);
        const bool sameIndentItem = indent == keyIndent && m_text.mid(m_starts.at(line) + indent, 2) == "- ";
        if (indent <= keyIndent && !sameIndentItem)
            break;
        last = line;
    }
    return last;
}

qsizetype YamlText::afterColon(qsizetype keyOffset) const
{
    qsizetype i = keyOffset;
    if (i < m_text.size() && (m_text.at(i) == '"' || m_text.at(i) == '\'')) {
        const char quote = m_text.at(i);
        for (++i; i < m_text.size() && m_text.at(i) != quote; ++i) {
            if (quote == '"' && m_text.at(i) == '\\')
                ++i;
        }
        ++i;
    }
    for (; i < m_text.size() && m_text.at(i) != ':' && m_text.at(i) != '\n'; ++i) { }
    return i < m_text.size() && m_text.at(i) == ':' ? i + 1 : -1;
}

qsizetype YamlText::scalarEnd(qsizetype start, bool inFlow) const
{
    if (start < 0 || start >= m_text.size())
        return -1;
    const char first = m_text.at(start);
    if (first == '"' || first == '\'') {
        for (qsizetype i = start + 1; i < m_text.size(); ++i) {
            const char c = m_text.at(i);
            if (c == '\n')
                return -1;
            if (first == '"' && c == '\\') {
                ++i;
            } else if (c == first) {
                if (first == '\'' && i + 1 < m_text.size() && m_text.at(i + 1) == '\'') {
                    ++i;
                    continue;
                }
                return i + 1;
            }
        }
        return -1;
    }
    if (first == '|' || first == '>' || first == '!' || first == '&' || first == '*' || first == '[' || first == '{')
        return -1;
    qsizetype end = start;
    for (qsizetype i = start; i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (c == '\n' || c == '\r' || (c == '#' && i > start && (m_text.at(i - 1) == ' ' || m_text.at(i - 1) == '\t')))
            break;
        if (inFlow && (c == ',' || c == ']' || c == '}'))
            break;
        if (c != ' ' && c != '\t')
            end = i + 1;
    }
    return end;
}

qsizetype YamlText::flowEnd(qsizetype start) const
{
    int depth = 0;
    for (qsizetype i = start; i < m_text.size(); ++i) {
        const char c = m_text.at(i);
        if (c == '"' || c == '\'') {
            for (++i; i < m_text.size() && m_text.at(i) != c; ++i) {
                if (c == '"' && m_text.at(i) == '\\')
                    ++i;
            }
        } else if (c == '#' && i > 0 && m_text.at(i - 1) == ' ') {
            while (i < m_text.size() && m_text.at(i) != '\n')
                ++i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

QuoteStyle YamlText::quoteStyleAt(qsizetype offset) const
{
    if (offset >= 0 && offset < m_text.size()) {
        if (m_text.at(offset) == '"')
            return QuoteStyle::Double;
        if (m_text.at(offset) == '\'')
            return QuoteStyle::Single;
    }
    return QuoteStyle::Plain;
}

namespace {
bool plainReadsBack(const QString &value, bool numbersMayBePlain)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./@$(][A-Za-z0-9_./@$()+=:, -]*$"));
    static const QRegularExpression special(QStringLiteral("^(y|n|yes|no|on|off|true|false|null|~)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d[\\d_]*)?(\\.\\d*)?([eE][-+]?\\d+)?$|^0[xo]"));
    if (value.isEmpty() || !safe.match(value).hasMatch() || value.endsWith(u' ') || value.endsWith(u':')
        || value.contains(QStringLiteral(": ")) || value.contains(QStringLiteral(" #")) || value.contains(u','))
        return false;
    if (special.match(value).hasMatch())
        return false;
    if (!numbersMayBePlain && number.match(value).hasMatch())
        return false;
    return true;
}
} // namespace

QByteArray formatScalar(const QString &value, QuoteStyle style, bool numbersMayBePlain)
{
    if (style == QuoteStyle::Plain && plainReadsBack(value, numbersMayBePlain))
        return value.toUtf8();
    if (style == QuoteStyle::Single && !value.contains(u'\n')) {
        QString quoted = value;
        quoted.replace(u'\'', QStringLiteral("''"));
        return (u'\'' + quoted + u'\'').toUtf8();
    }
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out.toUtf8();
}

} // namespace Bullpen::Yaml
