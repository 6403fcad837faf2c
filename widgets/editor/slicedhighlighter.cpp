// SPDX-License-Identifier: MIT
#include "widgets/editor/slicedhighlighter.h"

#include <QTextBlock>
#include <QTextDocument>

namespace Bullpen {

SlicedHighlighter::SlicedHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    m_slices.setSingleShot(true);
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &SlicedHighlighter::continueSlices);
}

void SlicedHighlighter::leaveFrom(int blockNumber)
{
    if (m_resumeAt < 0 || blockNumber < m_resumeAt)
        m_resumeAt = blockNumber;
    m_slices.start();
}

void SlicedHighlighter::highlightBlock(const QString &text)
{
    const int number = currentBlock().blockNumber();
    if (m_slicing) {
        KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
        // QSyntaxHighlighter goes on to the next block only when this one's
        // user state changed (KSyntaxHighlighting keeps its state in the
        // block's user data, not there): a slice with time left flips it.
        if (m_clock.elapsed() < m_sliceMs && currentBlock().next().isValid())
            setCurrentBlockState(currentBlockState() == 0 ? 1 : 0);
        else if (currentBlock().next().isValid())
            m_resumeAt = number + 1;
        return;
    }
    if (m_doneInPass < 0) {
        // The first block of a pass (one synchronous reformat, or several
        // within one turn of the event loop): the pass's time starts.
        m_doneInPass = 0;
        m_clock.start();
        QTimer::singleShot(0, this, [this] { m_doneInPass = -1; });
    }
    // Blocks after one left for a slice wait for it: their state depends on it.
    if (m_resumeAt >= 0 && number > m_resumeAt)
        return;
    if (m_doneInPass > 0 && m_clock.elapsed() >= m_sliceMs) {
        leaveFrom(number);
        return;
    }
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    ++m_doneInPass;
    if (number == m_resumeAt) {
        // Done here: the slices go on from the next block, or are done.
        m_resumeAt = currentBlock().next().isValid() ? number + 1 : -1;
        if (m_resumeAt < 0) {
            m_slices.stop();
            QMetaObject::invokeMethod(this, &SlicedHighlighter::caughtUp, Qt::QueuedConnection);
        }
    }
}

void SlicedHighlighter::continueSlices()
{
    if (m_resumeAt < 0)
        return;
    const QTextBlock from = document()->findBlockByNumber(m_resumeAt);
    m_resumeAt = -1;
    if (!from.isValid()) {
        Q_EMIT caughtUp();
        return;
    }
    m_slicing = true;
    m_clock.start();
    {
        // New formats mark the text's layout dirty, which the document reports
        // as a change of its contents (and QPlainTextEdit as textChanged): a
        // slice edits nothing. The layout hears of it directly, not by signal.
        const QSignalBlocker quiet(document());
        // One call: QSyntaxHighlighter goes on block after block while each
        // block's state flips (see highlightBlock), until the slice's time is up.
        rehighlightBlock(from);
    }
    m_slicing = false;
    if (m_resumeAt >= 0)
        m_slices.start();
    else
        Q_EMIT caughtUp();
}

} // namespace Bullpen
