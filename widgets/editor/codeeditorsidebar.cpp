// SPDX-License-Identifier: MIT
#include "widgets/editor/codeeditorsidebar.h"

#include "widgets/editor/codeeditor.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>
#include <QTextBlock>

namespace Bullpen {

using KSyntaxHighlighting::Theme;

CodeEditorSidebar::CodeEditorSidebar(CodeEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setCursor(Qt::ArrowCursor);
}

QSize CodeEditorSidebar::sizeHint() const
{
    return { m_editor->sidebarWidth(), 0 };
}

void CodeEditorSidebar::paintEvent(QPaintEvent *event)
{
    const Theme theme = m_editor->m_highlighter->theme();
    QPainter painter(this);
    painter.fillRect(event->rect(), QColor::fromRgba(theme.editorColor(Theme::IconBorder)));

    const QFontMetrics metrics = m_editor->fontMetrics();
    const int markerSize = metrics.lineSpacing();
    const int currentBlock = m_editor->textCursor().blockNumber();
    QTextBlock block = m_editor->firstVisibleBlock();
    qreal top = m_editor->blockBoundingGeometry(block).translated(m_editor->contentOffset()).top();

    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = m_editor->blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const bool current = block.blockNumber() == currentBlock;
            painter.setPen(
                QColor::fromRgba(theme.editorColor(current ? Theme::CurrentLineNumber : Theme::LineNumbers)));
            painter.drawText(QRectF(0, top, width() - markerSize - 2, metrics.height()), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));

            if (m_editor->isFoldable(block)) {
                // A triangle: pointing down while open, right while folded.
                QPolygonF marker;
                if (m_editor->isFolded(block))
                    marker << QPointF(0.35, 0.25) << QPointF(0.35, 0.75) << QPointF(0.75, 0.5);
                else
                    marker << QPointF(0.25, 0.35) << QPointF(0.75, 0.35) << QPointF(0.5, 0.75);
                painter.save();
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                // The theme's CodeFolding colour is meant for region backgrounds
                // and nearly vanishes on dark gutters; the numbers' colour reads.
                painter.setBrush(QColor::fromRgba(theme.editorColor(Theme::LineNumbers)));
                painter.translate(width() - markerSize, top);
                painter.scale(markerSize, markerSize);
                painter.drawPolygon(marker);
                painter.restore();
            }
        }
        top += height;
        block = block.next();
    }
}

void CodeEditorSidebar::mousePressEvent(QMouseEvent *event)
{
    // Accepted, so that the release comes here rather than to the editor.
    event->accept();
}

void CodeEditorSidebar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    // The sidebar and the viewport share their top edge, so a sidebar y is a
    // viewport y.
    const QTextBlock block = m_editor->cursorForPosition(QPoint(0, qRound(event->position().y()))).block();
    if (m_editor->isFoldable(block))
        m_editor->toggleFold(block);
}

} // namespace Bullpen
