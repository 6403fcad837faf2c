// SPDX-License-Identifier: MIT
#pragma once

// Private to the project room: byte-level helpers for editing YAML text in place.

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Bullpen::Yaml {

enum class QuoteStyle { Plain, Single, Double };

// The text of a template as lines, so that yaml-cpp's (0-based) marks can be
// turned into byte offsets and the extent of a block worked out from indentation.
class YamlText
{
public:
    explicit YamlText(const QByteArray &text);

    const QByteArray &text() const { return m_text; }
    QByteArray newline() const { return m_newline; }
    int lineCount() const { return int(m_starts.size()); }
    qsizetype lineStart(int line) const { return m_starts.at(line); }
    // End of the line's content, before "\r\n" or "\n".
    qsizetype lineEnd(int line) const;
    // Start of the next line (or the end of the text).
    qsizetype lineBreakEnd(int line) const;
    qsizetype offset(const YAML::Mark &mark) const;
    int indentOf(int line) const;
    bool isBlankOrComment(int line) const;
    // The last line that belongs to the value of the key on keyLine at keyIndent:
    // following lines indented deeper (and "- " items at the key's own indent).
    int blockEndLine(int keyLine, int keyIndent) const;
    // Offset just past the ':' that follows the key starting at keyOffset, or -1.
    qsizetype afterColon(qsizetype keyOffset) const;
    // End offset (exclusive) of a one-line scalar starting at start, or -1 when
    // it does not end on its line. inFlow stops plain scalars at , ] }.
    qsizetype scalarEnd(qsizetype start, bool inFlow) const;
    // Offset of the bracket closing the flow collection opening at start, or -1.
    qsizetype flowEnd(qsizetype start) const;
    QuoteStyle quoteStyleAt(qsizetype offset) const;

private:
    QByteArray m_text;
    QByteArray m_newline;
    QList<qsizetype> m_starts;
    qsizetype m_bom = 0;
};

// A scalar as YAML text in the given style; Plain falls back to double quotes
// when the text would not read back as the same string.
QByteArray formatScalar(const QString &value, QuoteStyle style, bool numbersMayBePlain);

} // namespace Bullpen::Yaml
