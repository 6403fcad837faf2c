// SPDX-License-Identifier: MIT
#include "widgets/mainwindow/editorrecovery.h"

#include "engine/core/textdiff.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/recoverybar.h"
#include "widgets/mainwindow/editortabs.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QUuid>
#include <QVBoxLayout>

#include <utility>

namespace Bullpen {

namespace {

// A swap a second after the first edit since the last one: typing on loses at
// most about a second, and a long burst of typing is one write a second.
constexpr int DefaultDelayMs = 1000;
// Lines of context around each change in Show Differences.
constexpr int ContextLines = 3;

} // namespace

EditorRecovery::EditorRecovery(EditorTabs *tabs, const SwapStore &store, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
    , m_writer(new SwapWriter(store, this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &EditorRecovery::writeDue);
    connect(m_writer, &SwapWriter::failed, this, [this](const QString &why) {
        Q_EMIT failed(tr("Could not keep a copy of the unsaved edits for recovery: %1").arg(why));
    });
    for (CodeEditor *editor : tabs->editors())
        watch(editor);
    connect(tabs, &EditorTabs::editorCreated, this, &EditorRecovery::watch);
}

EditorRecovery::~EditorRecovery()
{
    // Gone without the window closing (a program's or a test's teardown; a
    // crash runs no destructor): nothing to keep for a next start.
    if (!m_stopped)
        forgetAll();
    // The editors may outlive this object by a moment (deleteLater).
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        disconnect(it.key()->document(), nullptr, this, nullptr);
    }
}

void EditorRecovery::watch(CodeEditor *editor)
{
    m_tracked.insert(editor, {});
    connect(editor->document(), &QTextDocument::contentsChanged, this, [this, editor] { edited(editor); });
    connect(editor->document(), &QTextDocument::modificationChanged, this,
            [this, editor](bool modified) { modificationChanged(editor, modified); });
    connect(editor, &QObject::destroyed, this, [this, editor] {
        m_tracked.remove(editor);
        m_offers.remove(editor);
    });
}

void EditorRecovery::edited(CodeEditor *editor)
{
    if (m_stopped || m_offers.contains(editor) || !editor->isModified())
        return;
    auto it = m_tracked.find(editor);
    if (it == m_tracked.end())
        return;
    it->due = true;
    // Not restarted by every key: typing on still writes once a second.
    if (!m_timer.isActive())
        m_timer.start();
}

void EditorRecovery::modificationChanged(CodeEditor *editor, bool modified)
{
    if (modified) {
        edited(editor);
        return;
    }
    // Saved, reloaded or undone back to the file: nothing left to recover.
    auto it = m_tracked.find(editor);
    if (it == m_tracked.end())
        return;
    it->due = false;
    removeWritten(*it);
}

void EditorRecovery::writeDue()
{
    if (m_stopped)
        return;
    for (auto it = m_tracked.begin(); it != m_tracked.end(); ++it) {
        CodeEditor *editor = it.key();
        Tracked &t = it.value();
        if (!std::exchange(t.due, false) || !editor->isModified() || m_offers.contains(editor))
            continue;
        // The GUI thread's part: one copy of the text (QTextDocument is not
        // for other threads); the line breaks, comparing with the last write,
        // encoding and writing happen on the writer's. The raw text, as
        // CodeEditor saves it: toPlainText() would turn no-break spaces into spaces.
        const QString text = editor->document()->toRawText();
        const QString path = editor->filePath();
        if (path.isEmpty() && t.untitledId.isEmpty())
            t.untitledId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString untitledId = path.isEmpty() ? t.untitledId : QString();
        const bool sameKey = t.written && t.writtenPath == path && t.writtenUntitledId == untitledId;
        if (t.written && !sameKey)
            removeWritten(t); // saved under a new name since (Save As)
        m_writer->write(path, untitledId, text);
        t.written = true;
        t.writtenPath = path;
        t.writtenUntitledId = untitledId;
    }
}

void EditorRecovery::removeWritten(Tracked &tracked)
{
    if (!tracked.written)
        return;
    m_writer->remove(tracked.writtenPath, tracked.writtenUntitledId);
    tracked.written = false;
}

void EditorRecovery::flush()
{
    if (!m_stopped) {
        for (auto it = m_tracked.begin(); it != m_tracked.end(); ++it)
            it->due = it.key()->isModified();
        m_timer.stop();
        writeDue();
    }
    m_writer->waitForDone();
}

void EditorRecovery::forget(CodeEditor *editor)
{
    auto it = m_tracked.find(editor);
    if (it == m_tracked.end())
        return;
    removeWritten(*it);
    // The tab goes (deleted later): nothing of it is written again, not even by flush().
    m_tracked.erase(it);
    disconnect(editor->document(), nullptr, this, nullptr);
}

void EditorRecovery::forgetAll()
{
    m_timer.stop();
    for (auto it = m_tracked.begin(); it != m_tracked.end(); ++it) {
        it->due = false;
        removeWritten(*it);
    }
}

void EditorRecovery::stop()
{
    m_stopped = true;
    m_timer.stop();
}

// ---------------------------------------------------------------- offers

int EditorRecovery::offer(const QString &directory)
{
    const QString root
        = directory.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(directory).absoluteFilePath()) + u'/';
    // Swaps this window keeps itself, or offers already.
    QSet<QString> ours;
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it)
        if (it->written)
            ours.insert(store().swapPathFor(it->writtenPath, it->writtenUntitledId));
    for (const SwapFile &swap : std::as_const(m_offers))
        ours.insert(swap.swapPath);

    int count = 0;
    CodeEditor *first = nullptr;
    for (const SwapFile &swap : store().all()) {
        if (ours.contains(swap.swapPath) || swap.pid == QCoreApplication::applicationPid() || swap.ownerIsRunning())
            continue;
        if (!root.isEmpty() && (swap.isUntitled() || !swap.path.startsWith(root)))
            continue;
        if (swap.sameAsDisk()) {
            // Saved after all (by a later session, or another program): nothing to offer.
            m_writer->remove(swap.path, swap.untitledId);
            continue;
        }
        CodeEditor *editor = nullptr;
        if (!swap.isUntitled() && QFileInfo(swap.path).isFile()) {
            editor = m_tabs->openFile(swap.path);
            if (editor && (editor->isModified() || m_offers.contains(editor)))
                continue; // being edited already: its own swap replaces this one
        }
        // Gone, untitled, or not readable as text: a tab of its own.
        if (!editor)
            editor = m_tabs->newDocument();
        m_offers.insert(editor, swap);
        auto *bar = new RecoveryBar(offerMessage(swap));
        connect(bar, &RecoveryBar::recoverRequested, this, [this, editor] { recover(editor); });
        connect(bar, &RecoveryBar::discardRequested, this, [this, editor] { discard(editor); });
        connect(bar, &RecoveryBar::differencesRequested, this, [this, editor] { showDifferences(editor); });
        editor->setMessageBar(bar);
        // Until answered: an edit now would overwrite the swap being offered.
        editor->setReadOnly(true);
        if (!first)
            first = editor;
        ++count;
        Q_EMIT offered(editor);
    }
    if (first) {
        m_tabs->setCurrentWidget(first);
        first->messageBar()->setFocus(Qt::OtherFocusReason);
    }
    return count;
}

RecoveryBar *EditorRecovery::barOf(CodeEditor *editor) const
{
    return m_offers.contains(editor) ? qobject_cast<RecoveryBar *>(editor->messageBar()) : nullptr;
}

QString EditorRecovery::offerMessage(const SwapFile &swap) const
{
    const QString when = QLocale().toString(swap.takenAt.toLocalTime(), QLocale::ShortFormat);
    if (swap.isUntitled())
        return tr("An untitled document had text that was never saved when Bullpen last ended (kept %1). "
                  "Recover puts it into this tab.")
            .arg(when);
    const QString name = QFileInfo(swap.path).fileName();
    switch (swap.diskState()) {
    case SwapFile::Disk::Missing:
        return tr("“%1” no longer exists. It had edits that were never saved when Bullpen last ended (kept %2). "
                  "Recover puts them into this tab; saving writes the file again.")
            .arg(QDir::toNativeSeparators(swap.path), when);
    case SwapFile::Disk::ChangedSince:
        return tr("“%1” has edits that were never saved when Bullpen last ended (kept %2). The file has changed "
                  "on disk since then: the recovered text does not have those changes (Show Differences compares "
                  "them).")
            .arg(name, when);
    case SwapFile::Disk::Unchanged:
        break;
    }
    return tr("“%1” has edits that were never saved when Bullpen last ended (kept %2). Recover puts them back "
              "into the editor, unsaved; Discard leaves the file as it is.")
        .arg(name, when);
}

void EditorRecovery::closeOffer(CodeEditor *editor)
{
    m_offers.remove(editor);
    editor->setReadOnly(false);
    editor->setMessageBar(nullptr);
    editor->setFocus(Qt::OtherFocusReason);
    Q_EMIT answered(editor);
}

void EditorRecovery::recover(CodeEditor *editor)
{
    const auto it = m_offers.constFind(editor);
    if (it == m_offers.cend())
        return;
    const SwapFile swap = *it;
    closeOffer(editor);
    if (swap.isUntitled())
        m_tracked[editor].untitledId = swap.untitledId;
    else if (editor->filePath().isEmpty())
        editor->adoptFilePath(swap.path); // gone from the disk: Save writes it there again
    // The swap is this tab's own from now on: its next write replaces it, a
    // save or a Discard removes it.
    Tracked &t = m_tracked[editor];
    t.written = true;
    t.writtenPath = swap.isUntitled() ? QString() : editor->filePath();
    t.writtenUntitledId = swap.untitledId;
    // One undoable edit: Undo gives the file's text back.
    const QStringList before = editor->toPlainText().split(u'\n');
    QTextCursor cursor(editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(swap.text);
    // The cursor at the first line that differs.
    const QStringList after = swap.text.split(u'\n');
    int line = 0;
    while (line < before.size() && line < after.size() && before.at(line) == after.at(line))
        ++line;
    editor->goToLine(line + 1);
}

void EditorRecovery::discard(CodeEditor *editor)
{
    const auto it = m_offers.constFind(editor);
    if (it == m_offers.cend())
        return;
    const SwapFile swap = *it;
    closeOffer(editor);
    m_writer->remove(swap.path, swap.untitledId);
    // The tab opened only for the offer goes with it.
    if (editor->filePath().isEmpty() && !editor->isModified() && editor->document()->isEmpty())
        m_tabs->removeEditor(editor);
}

void EditorRecovery::showDifferences(CodeEditor *editor)
{
    const auto it = m_offers.constFind(editor);
    if (it == m_offers.cend())
        return;
    const SwapFile &swap = *it;
    const QString name = swap.isUntitled() ? tr("Untitled") : QFileInfo(swap.path).fileName();
    const QString onDisk = swap.diskText();
    const QList<TextDiffLine> diff
        = diffLines(onDisk.isEmpty() ? QStringList() : onDisk.split(u'\n'), swap.text.split(u'\n'));

    // Each change with a few lines around it, as diff -u shows it.
    QList<bool> shown(diff.size(), false);
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (diff.at(i).op == TextDiffLine::Op::Same)
            continue;
        for (qsizetype j = qMax<qsizetype>(0, i - ContextLines); j <= qMin(diff.size() - 1, i + ContextLines); ++j)
            shown[j] = true;
    }
    QString html = QStringLiteral("<pre>");
    bool skipped = false;
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (!shown.at(i)) {
            skipped = true;
            continue;
        }
        if (std::exchange(skipped, false))
            html += QStringLiteral("<span style=\"color:gray\">⋯</span>\n");
        const TextDiffLine &line = diff.at(i);
        const QString text = line.text.toHtmlEscaped();
        switch (line.op) {
        case TextDiffLine::Op::Same:
            html += QStringLiteral("  ") + text + u'\n';
            break;
        case TextDiffLine::Op::OnlyLeft:
            html += QStringLiteral("<span style=\"background:#f8c8c4;color:#202020\">- %1</span>\n").arg(text);
            break;
        case TextDiffLine::Op::OnlyRight:
            html += QStringLiteral("<span style=\"background:#c8ecc8;color:#202020\">+ %1</span>\n").arg(text);
            break;
        }
    }
    html += QStringLiteral("</pre>");

    // Not modal: the question in the bar stays open beside it.
    auto *dialog = new QDialog(editor->window());
    dialog->setObjectName(QStringLiteral("recoveryDifferences"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Differences — %1").arg(name));
    auto *layout = new QVBoxLayout(dialog);
    auto *legend = new QLabel(swap.diskState() == SwapFile::Disk::Missing
                                  ? tr("Every line is recovered text (+): there is no file on disk to compare with.")
                                  : tr("- only in the file on disk, + only in the recovered text"),
                              dialog);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    auto *view = new QTextEdit(dialog);
    view->setReadOnly(true);
    view->setLineWrapMode(QTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setHtml(html);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(760, 520);
    dialog->show();
}

} // namespace Bullpen
