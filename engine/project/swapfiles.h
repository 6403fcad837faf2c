// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QThreadPool;

namespace Bullpen {

// One swap file: the text of a document that had unsaved edits, as it was
// shortly before Bullpen ended without saving or discarding them, and what
// the file on disk was then.
struct SwapFile
{
    enum class Disk {
        Unchanged, // the file is as it was when the swap was taken
        ChangedSince, // another program (or a later save) changed it since
        Missing, // the file no longer exists (or never did: an untitled document)
    };

    QString swapPath; // the swap file itself
    QString path; // the document's file, absolute; empty for an untitled document
    QString untitledId; // the untitled document's own key
    QString text;
    QDateTime takenAt;
    QByteArray baseDigest; // SHA-1 of the file on disk when taken; empty when there was none
    qint64 pid = 0; // the process that wrote it

    // Whether the process that wrote it is still a Bullpen at work (another
    // window, whose unsaved edits these are): not ours to offer.
    bool ownerIsRunning() const;

    bool isUntitled() const { return path.isEmpty(); }
    // Reads the file on disk now.
    Disk diskState() const;
    // Whether recovering would change nothing: the file on disk holds this text
    // (line endings aside).
    bool sameAsDisk() const;
    // The file's text on disk now (UTF-8, line endings as the editor has them); empty when missing.
    QString diskText() const;
};

// The swap files of documents with unsaved edits, kept in the user's data
// folder (never beside the document: nothing ends up in a project folder or in
// version control), one per document, named by a hash of its absolute path (or
// of an untitled document's key). Each is written whole and atomically
// (QSaveFile): a JSON header line, then the text as UTF-8. Plain file work, on
// whichever thread calls it; SwapWriter keeps it off the GUI thread.
class SwapStore final
{
public:
    explicit SwapStore(const QString &directory = defaultDirectory());

    // $XDG_DATA_HOME/Bullpen/Bullpen/swap
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // The swap file of the document at path (or of the untitled document untitledId).
    QString swapPathFor(const QString &path, const QString &untitledId = {}) const;
    // pid 0: this process.
    bool write(const QString &path, const QString &untitledId, const QString &text, QString *error = nullptr,
               qint64 pid = 0) const;
    bool remove(const QString &path, const QString &untitledId = {}) const;
    std::optional<SwapFile> read(const QString &swapPath) const;
    // Every readable swap file, oldest first.
    QList<SwapFile> all() const;

private:
    QString m_directory;
};

// Writes and removes swap files on a thread of its own, one at a time and in
// the order asked, so that a removal after a save is never overtaken by an
// older write (which would bring a saved document's swap back), and the GUI
// thread only hands over the text. Reports failures; waitForDone() is for
// quitting and for tests.
class SwapWriter final : public QObject
{
    Q_OBJECT
public:
    explicit SwapWriter(const SwapStore &store, QObject *parent = nullptr);
    ~SwapWriter() override;

    const SwapStore &store() const { return m_store; }
    // text's U+2029 paragraph separators (as QTextDocument::toRawText() gives
    // the lines) become newlines on the writer's thread, and a text the same as
    // the one last written for that document is not written again: the caller's
    // thread only takes the copy.
    void write(const QString &path, const QString &untitledId, const QString &text);
    void remove(const QString &path, const QString &untitledId = {});
    // Blocks until every write and removal asked for so far is done.
    void waitForDone();

Q_SIGNALS:
    // A write failed (disk full, folder not writable): a sentence with the reason.
    void failed(const QString &message);

private:
    SwapStore m_store;
    std::unique_ptr<QThreadPool> m_thread;
    // The writer thread's own: a hash of the text last written per swap file.
    QHash<QString, size_t> m_written;
};

} // namespace Bullpen
