// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace Bullpen {

class DockerClient;
class DockerImages;

// The runtime images the Docker backend runs, in the daemon: a list (by
// Bullpen's labels), an import of a root file system tarball for a runtime
// with its progress, and removal. Talks to the daemon only through the
// engine's DockerImages; nothing here waits for it.
class ImagesView final : public QWidget
{
    Q_OBJECT
public:
    explicit ImagesView(QWidget *parent = nullptr);
    ~ImagesView() override;

    QStandardItemModel *model() const { return m_model; }
    // Looks for the daemon again and lists its images.
    void refresh();
    // Imports tarball as the image of runtime (what Import… does after asking).
    void importTarball(const QString &runtime, const QString &tarball);
    void removeRuntime(const QString &family);
    // Removes the stale images: earlier inputs' folders in the offline
    // builder's cache (off the GUI thread) and the daemon's stale runtime images.
    void pruneStale();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void refreshed();

private:
    void askAndImport();
    void removeSelected();
    void setBusy(bool busy, const QString &status = {});
    bool connectDaemon();

    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_remove;
    QPushButton *m_prune;
    QPushButton *m_refresh;
    DockerClient *m_client = nullptr;
    DockerImages *m_images = nullptr;
    bool m_busy = false;
    QString m_lastOutcome; // what the last action said, kept beside the list's count
};

} // namespace Bullpen
