// SPDX-License-Identifier: MIT
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QElapsedTimer>
#include <QTimer>

namespace Bullpen {

// KSyntaxHighlighting's highlighter for QTextDocument, in slices. Qt highlights
// a change in one go: every block of a 6 MB payload or result set into a view,
// and of the whole document when the syntax or theme changes, before the GUI
// thread can paint again. Here a pass stops after sliceMs() of highlighting
// (having done at least one block) and leaves the rest to slices of the same
// length from the event loop, in document order, each block starting from the
// state its predecessor ended in, so the result is the one a single pass gives.
// Small documents are highlighted in one pass, as before.
class SlicedHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SlicedHighlighter(QTextDocument *document);

    // How long one pass or slice may highlight, in milliseconds (default 10).
    void setSliceMs(int ms) { m_sliceMs = ms; }
    int sliceMs() const { return m_sliceMs; }
    // True while blocks are left for later slices.
    bool isBehind() const { return m_resumeAt >= 0; }

Q_SIGNALS:
    // The slices have reached the end of the document.
    void caughtUp();

protected:
    void highlightBlock(const QString &text) override;

private:
    void continueSlices();
    void leaveFrom(int blockNumber);

    QTimer m_slices;
    QElapsedTimer m_clock; // since the pass or slice began
    int m_sliceMs = 10;
    int m_resumeAt = -1; // the first block left for a slice; -1: none
    int m_doneInPass = -1; // blocks highlighted in this pass; -1: no pass open
    bool m_slicing = false; // inside continueSlices()
};

} // namespace Bullpen
