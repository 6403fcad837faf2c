// SPDX-License-Identifier: MIT
#pragma once

#include "engine/project/swapfiles.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace Bullpen {

class CodeEditor;
class EditorTabs;
class RecoveryBar;

// Kate's swap files for the editor tabs. While a tab has unsaved edits, its
// text goes to a swap file (SwapStore, in the user's data folder) shortly
// after each change, written by SwapWriter off the GUI thread; saving, undoing
// back to the saved text, closing the tab with Discard and quitting cleanly
// remove it. A window that was killed leaves its swap files behind: offer()
// opens each one's file in a tab with a RecoveryBar (Recover, Show
// Differences, Discard), the tab read-only until the question is answered, so
// that new edits cannot overwrite the swap file before the user has chosen.
// Swaps of another Bullpen still running are not offered. Owns the writer and
// the bars' state; the tabs own the editors.
class EditorRecovery final : public QObject
{
    Q_OBJECT
public:
    explicit EditorRecovery(EditorTabs *tabs, const SwapStore &store = SwapStore(), QObject *parent = nullptr);
    ~EditorRecovery() override;

    const SwapStore &store() const { return m_writer->store(); }
    // How long after an edit its swap is written (at most; edits meanwhile join it).
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

    // Writes what is due now and waits until it is on disk (SIGTERM's path).
    void flush();
    // The user closed editor's tab and threw its edits away: its swap goes,
    // and it is not watched any more.
    void forget(CodeEditor *editor);
    // Every tab's swap goes (the window's question was answered; a clean quit).
    // Offers not answered stay, for the next start.
    void forgetAll();
    // From now on nothing is written (after a clean quit's forgetAll).
    void stop();

    // Offers the swaps of files under directory (every swap when empty) that no
    // tab has yet; the number offered.
    int offer(const QString &directory = {});
    // The bar of an editor's open offer, or nullptr.
    RecoveryBar *barOf(CodeEditor *editor) const;
    QList<CodeEditor *> offeredEditors() const { return m_offers.keys(); }
    // What the bar's buttons do.
    void recover(CodeEditor *editor);
    void discard(CodeEditor *editor);
    void showDifferences(CodeEditor *editor);

Q_SIGNALS:
    // A swap file could not be written: a sentence for the status bar.
    void failed(const QString &message);
    void offered(Bullpen::CodeEditor *editor);
    void answered(Bullpen::CodeEditor *editor);

private:
    struct Tracked
    {
        QString untitledId; // the key of an untitled document's swap
        bool due = false; // edited since its last write
        // The swap last written for it, if any: its key.
        bool written = false;
        QString writtenPath;
        QString writtenUntitledId;
    };

    void watch(CodeEditor *editor);
    void edited(CodeEditor *editor);
    void modificationChanged(CodeEditor *editor, bool modified);
    void writeDue();
    void removeWritten(Tracked &tracked);
    void closeOffer(CodeEditor *editor);
    QString offerMessage(const SwapFile &swap) const;

    EditorTabs *m_tabs;
    SwapWriter *m_writer;
    QTimer m_timer;
    QHash<CodeEditor *, Tracked> m_tracked;
    QHash<CodeEditor *, SwapFile> m_offers;
    bool m_stopped = false;
};

} // namespace Bullpen
