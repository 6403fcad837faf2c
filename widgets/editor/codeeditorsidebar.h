// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace Bullpen {

class CodeEditor;

// The strip left of a CodeEditor's text: line numbers and folding markers for
// the blocks on screen, painted from the editor's first visible block in the
// theme's colours. A click on a foldable line folds or unfolds it. It owns
// nothing; the editor sizes and places it over its left viewport margin.
class CodeEditorSidebar final : public QWidget
{
    Q_OBJECT

public:
    explicit CodeEditorSidebar(CodeEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    CodeEditor *m_editor;
};

} // namespace Bullpen
